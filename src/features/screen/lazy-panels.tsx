import type { ComponentProps, ReactNode } from 'react';
import type * as Later from './later-panels';
import { importLaterPanels } from './later-import';
import { LazySlot, lazyLoader } from './lazy-slot';

// One chunk (later-panels.ts) for every panel below the first answer: one request, started when the
// screen first renders, while the FHIR reads are still in flight.
let loaded: typeof Later | undefined;
const later = async (): Promise<typeof Later> => (loaded ??= await importLaterPanels());

/** The note's text, from the same chunk: it is only needed when the clinician copies it. */
export const buildNoteTextLater = (...args: Parameters<typeof Later.buildNoteText>): Promise<string> =>
  later().then((m) => m.buildNoteText(...args));

type Props<K extends Exclude<keyof typeof Later, 'buildNoteText'>> = ComponentProps<(typeof Later)[K]>;

const loaders = {
  flaggedLabs: lazyLoader<Props<'FlaggedLabsPanel'>>(
    () => later().then((m) => m.FlaggedLabsPanel),
    () => loaded?.FlaggedLabsPanel,
  ),
  trends: lazyLoader<Props<'TrendsPanel'>>(
    () => later().then((m) => m.TrendsPanel),
    () => loaded?.TrendsPanel,
  ),
  medications: lazyLoader<Props<'MedicationsPanel'>>(
    () => later().then((m) => m.MedicationsPanel),
    () => loaded?.MedicationsPanel,
  ),
  supportive: lazyLoader<Props<'SupportivePanel'>>(
    () => later().then((m) => m.SupportivePanel),
    () => loaded?.SupportivePanel,
  ),
  records: lazyLoader<Props<'RecordsPanel'>>(
    () => later().then((m) => m.RecordsPanel),
    () => loaded?.RecordsPanel,
  ),
  dataNotes: lazyLoader<Props<'DataNotesPanel'>>(
    () => later().then((m) => m.DataNotesPanel),
    () => loaded?.DataNotesPanel,
  ),
};

export function LazyFlaggedLabsPanel(props: Props<'FlaggedLabsPanel'>): ReactNode {
  return <LazySlot loader={loaders.flaggedLabs} title="Flagged labs" props={props} />;
}

export function LazyTrendsPanel(props: Props<'TrendsPanel'>): ReactNode {
  return <LazySlot loader={loaders.trends} title="Lab trends" props={props} />;
}

export function LazyMedicationsPanel(props: Props<'MedicationsPanel'>): ReactNode {
  return <LazySlot loader={loaders.medications} title="Medications and interactions" props={props} />;
}

export function LazySupportivePanel(props: Props<'SupportivePanel'>): ReactNode {
  return <LazySlot loader={loaders.supportive} title="Supportive care" props={props} />;
}

export function LazyRecordsPanel(props: Props<'RecordsPanel'>): ReactNode {
  return <LazySlot loader={loaders.records} title="Records read from the EHR" props={props} />;
}

export function LazyDataNotesPanel(props: Props<'DataNotesPanel'>): ReactNode {
  return <LazySlot loader={loaders.dataNotes} title="Data notes" props={props} />;
}
