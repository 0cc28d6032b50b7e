export const FIRST_SCREEN_BUDGET_KB: number;
export const LAUNCH_BUDGET_KB: number;
interface PageBudget {
  readonly files: readonly { readonly file: string; readonly kb: number }[];
  readonly totalKb: number;
}
export function measureBudget(dir: string): { readonly firstScreen: PageBudget; readonly launch: PageBudget };
