import { describe, expect, it } from 'vitest';
import {
  chooseBox,
  coversData,
  segmentHitsBox,
  type Box,
  type Obstacles,
} from '../../../src/features/trends/label-layout';

const box = (left: number, top: number, width = 40, height = 15): Box => ({ left, top, width, height });
const AREA = box(0, 0, 400, 200);
const NONE: Obstacles = { points: [], segments: [], pointRadius: 4 };

describe('chart label placement', () => {
  it('sees a line that crosses a label without a point inside it', () => {
    expect(segmentHitsBox({ x: 0, y: 0 }, { x: 100, y: 100 }, box(40, 40))).toBe(true);
    expect(segmentHitsBox({ x: 0, y: 100 }, { x: 100, y: 100 }, box(40, 40))).toBe(false);
    expect(coversData(box(40, 40), { ...NONE, points: [{ x: 38, y: 50 }] })).toBe(true);
  });

  it('takes the first candidate that covers no data and no placed label', () => {
    const line: Obstacles = {
      ...NONE,
      segments: [
        [
          { x: 340, y: 0 },
          { x: 400, y: 200 },
        ],
      ],
    };
    const right = box(350, 80);
    const left = box(250, 80);
    expect(chooseBox([right, left], AREA, [], line)).toBe(left);
    expect(chooseBox([left, right], AREA, [box(240, 70)], NONE)).toBe(right);
  });

  it('falls back to the first candidate clear of labels when every one covers data', () => {
    const everywhere: Obstacles = {
      ...NONE,
      segments: [
        [
          { x: 0, y: 87 },
          { x: 400, y: 87 },
        ],
      ],
    };
    expect(chooseBox([box(10, 80), box(60, 80)], AREA, [box(0, 75)], everywhere)).toEqual(box(60, 80));
  });
});
