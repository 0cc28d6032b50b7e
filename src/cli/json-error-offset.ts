/** Thrown inside the scanner with the offset where the text stops being JSON. */
class Stop {
  constructor(readonly offset: number) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /^["\\/bfnrt]$/;
const HEX4 = /^[0-9a-fA-F]{4}$/;

/**
 * The offset of the first character where `text` stops being valid JSON, or undefined if it is
 * valid (or too deeply nested to scan). V8's JSON.parse gives a position for some errors only;
 * this runs only after a parse has failed, to name the line and column of every kind of error.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const stop = (): never => {
    throw new Stop(i);
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
  };
  const literal = (word: string): void => {
    for (const char of word) {
      if (text.charAt(i) !== char) stop();
      i += 1;
    }
  };
  const string = (): void => {
    i += 1; // the opening quote
    for (;;) {
      const char = text.charAt(i);
      if (char === '' || char < ' ') stop();
      if (char === '"') {
        i += 1;
        return;
      }
      if (char === '\\') {
        i += 1;
        if (text.charAt(i) === 'u') {
          if (!HEX4.test(text.slice(i + 1, i + 5))) stop();
          i += 4;
        } else if (!ESCAPE.test(text.charAt(i))) stop();
      }
      i += 1;
    }
  };
  const sequence = (close: string, item: () => void): void => {
    i += 1; // the opening bracket
    space();
    if (text.charAt(i) === close) {
      i += 1;
      return;
    }
    for (;;) {
      item();
      space();
      const char = text.charAt(i);
      i += 1;
      if (char === close) return;
      if (char !== ',') {
        i -= 1;
        stop();
      }
    }
  };
  const member = (): void => {
    space();
    if (text.charAt(i) !== '"') stop();
    string();
    space();
    if (text.charAt(i) !== ':') stop();
    i += 1;
    value();
  };
  const value = (): void => {
    space();
    const char = text.charAt(i);
    if (char === '{') sequence('}', member);
    else if (char === '[') sequence(']', value);
    else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) stop();
      i = NUMBER.lastIndex;
    }
  };
  try {
    value();
    space();
    return i < text.length ? i : undefined;
  } catch (error) {
    if (error instanceof Stop) return error.offset;
    return undefined; // too deep to scan (RangeError): V8's own message will have to do
  }
}
