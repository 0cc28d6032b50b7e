/** The part of @lhncbc/ucum-lhc 7 we use (the package publishes no types). */
declare module '@lhncbc/ucum-lhc' {
  export interface UcumConversion {
    readonly status: 'succeeded' | 'failed' | 'error';
    readonly toVal: number | null;
    readonly msg: readonly string[];
  }
  export interface UcumUtils {
    convertUnitTo(from: string, value: number, to: string, options?: { molecularWeight?: number }): UcumConversion;
  }
  export const UcumLhcUtils: { getInstance(): UcumUtils } | undefined;
  const ucum: { UcumLhcUtils?: { getInstance(): UcumUtils } } | undefined;
  export default ucum;
}
