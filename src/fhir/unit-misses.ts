/**
 * A unit converter that remembers whether it failed to convert anything. The browser normalises
 * with the small spec §3 table first and loads the UCUM library (about 60 kB gzipped) only when
 * the table missed a unit: most records never need it, and the first screen does not wait for it.
 * A miss must hold the assessment back until UCUM has had its say: a newest ALT in a unit only
 * UCUM knows would otherwise be unusable, and an older normal ALT would answer in its place.
 */
import type { UnitConverter } from './units';

export interface MissTrackingConverter {
  readonly converter: UnitConverter;
  /** True once any conversion returned no value. */
  missed(): boolean;
}

/** Wraps `base`; every call is passed through unchanged. */
export function trackMisses(base: UnitConverter): MissTrackingConverter {
  let missed = false;
  return {
    converter: {
      toCanonical(analyte, value, unit) {
        const v = base.toCanonical(analyte, value, unit);
        if (v === undefined) missed = true;
        return v;
      },
    },
    missed: () => missed,
  };
}
