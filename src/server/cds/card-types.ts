/** CDS Hooks 2.0.1 response types (the parts this service sends). */

export type Indicator = 'info' | 'warning' | 'critical';

export interface Coding {
  readonly system: string;
  readonly code: string;
  readonly display: string;
}

export interface Action {
  readonly type: 'create' | 'update' | 'delete';
  readonly description: string;
  readonly resource?: Record<string, unknown>;
}

export interface Suggestion {
  readonly label: string;
  readonly uuid: string;
  readonly isRecommended?: boolean;
  readonly actions: readonly Action[];
}

export interface Link {
  readonly label: string;
  readonly url: string;
  readonly type: 'absolute' | 'smart';
  readonly appContext?: string;
}

export interface Card {
  readonly uuid: string;
  readonly summary: string;
  readonly detail?: string;
  readonly indicator: Indicator;
  readonly source: { readonly label: string; readonly topic?: Coding };
  readonly suggestions?: readonly Suggestion[];
  readonly selectionBehavior?: 'at-most-one' | 'any';
  readonly overrideReasons?: readonly Coding[];
  readonly links?: readonly Link[];
}

export interface CdsResponse {
  readonly cards: readonly Card[];
}

/** CDS Hooks: "summary … SHOULD be under 140 characters". */
export const SUMMARY_MAX = 140;
