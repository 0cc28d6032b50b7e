/**
 * Hand-written Assessments shaped like spec §8, for states the case files may not reach (a failed
 * read, a stream still loading) and for panels tested before the rules land.
 */
import type { ReadState } from '../../../src/fhir/queries/read-state';
import type { Assessment, Evidence, Finding, LabResult } from '../../../src/rules/types';
import type { ScreenProps } from '../../../src/features/screen/screen-props';

export const AS_OF = '2026-11-25';

const alt = (
  id: string,
  date: string,
  value: number,
  uln = 40,
  ulnSource: 'report' | 'assumed' = 'report',
): LabResult => ({
  resourceType: 'Observation',
  id,
  display: 'ALT',
  analyte: 'alt',
  status: 'final',
  value,
  unit: 'U/L',
  date,
  uln,
  ulnSource,
  multipleOfUln: Math.round((value / uln) * 1e6) / 1e6,
  grade: value / uln > 20 ? 4 : value / uln > 5 ? 3 : value / uln > 3 ? 2 : value / uln > 1 ? 1 : 0,
  flag: value > uln ? 'above' : 'within',
  originalValue: String(value),
  originalUnit: 'U/L',
});

export const ALT_STOP = alt('alt-stop', '2026-10-02', 212, 40);
const ALT_BASE = alt('alt-base', '2026-03-01', 30);
const ALT_M1 = alt('alt-m1', '2026-04-02', 45, 40, 'assumed');
const AST_M = { ...alt('ast-1', '2026-10-02', 150, 40), analyte: 'ast', display: 'AST' } satisfies LabResult;
const BILI: LabResult = {
  resourceType: 'Observation',
  id: 'bili-1',
  display: 'Total bilirubin',
  analyte: 'bilirubinTotal',
  status: 'final',
  value: 0.8,
  unit: 'mg/dL',
  date: '2026-10-02',
  uln: 1.2,
  ulnSource: 'report',
  multipleOfUln: 0.666667,
  grade: 0,
  flag: 'within',
  originalValue: '0.8',
  originalUnit: 'mg/dL',
};
const ANC_LOW: LabResult = {
  resourceType: 'Observation',
  id: 'anc-1',
  display: 'Neutrophils',
  analyte: 'anc',
  status: 'final',
  value: 1.2,
  unit: '10*9/L',
  date: '2026-09-15',
  lln: 1.5,
  grade: 2,
  flag: 'below',
  originalValue: '1.2',
  originalUnit: '10*3/uL',
};

const ev = (r: LabResult): Evidence => {
  const {
    analyte: _a,
    status: _s,
    originalValue: _v,
    originalUnit: _u,
    derived: _d,
    lln: _l,
    llnSource: _ls,
    flag: _f,
    ...e
  } = r;
  return e;
};

export const STOP_FINDING: Finding = {
  code: 'liver.transaminase-stop',
  severity: 'critical',
  title: 'Stop riluzole',
  detail: 'ALT 212 U/L on 2026-10-02 is 5.3× the lab’s ULN of 40 U/L; use is not recommended above 5× ULN.',
  evidence: [ev(ALT_STOP)],
  source: 'RILUTEK US label 5.1',
};

const NEUTROPENIA: Finding = {
  code: 'blood.neutropenia',
  severity: 'warning',
  title: 'Neutropenia',
  detail: 'ANC 1.2 ×10⁹/L on 2026-09-15 is below 1.5.',
  evidence: [ev(ANC_LOW)],
  source: 'RILUTEK US label 5.2; NCI CTCAE v5',
};

const INHIBITOR: Finding = {
  code: 'interaction.cyp1a2-inhibitor',
  severity: 'warning',
  title: 'CYP1A2 inhibitor: ciprofloxacin',
  detail: 'Ciprofloxacin is active; it raises riluzole levels (more adverse reactions).',
  evidence: [
    { resourceType: 'MedicationRequest', id: 'cipro-1', display: 'Ciprofloxacin 500 mg tablet', date: '2026-11-01' },
  ],
  source: 'RILUTEK US label 7.1',
};

export const ON_RILUZOLE_STOP: Assessment = {
  asOf: AS_OF,
  policy: 'us',
  patient: { id: 'pat-stop', name: 'Ada Testpatient', birthDate: '1961-04-12', sex: 'female' },
  treatment: {
    status: 'on-riluzole',
    courseStart: '2026-03-02',
    dailyDoseMg: 100,
    products: ['Riluzole 50 mg tablet'],
    evidence: [],
  },
  eligibility: { status: 'eligible', window: { from: '2025-12-02', to: '2026-03-02' }, findings: [] },
  monitoring: {
    status: 'stop-recommended',
    nextDue: '2026-10-16',
    schedule: [
      { due: '2026-03-02', phase: 'baseline', state: 'done', answeredBy: ev(ALT_BASE) },
      { due: '2026-04-02', phase: 'monthly', state: 'done', answeredBy: ev(ALT_M1) },
      { due: '2026-05-02', phase: 'monthly', state: 'missed' },
      { due: '2026-06-02', phase: 'monthly', state: 'missed' },
      { due: '2026-09-02', phase: 'quarterly', state: 'late', answeredBy: ev(ALT_STOP) },
      { due: '2026-12-02', phase: 'quarterly', state: 'upcoming' },
      { due: '2027-03-02', phase: 'quarterly', state: 'upcoming' },
      { due: '2027-09-02', phase: 'periodic', state: 'upcoming' },
    ],
    findings: [STOP_FINDING, NEUTROPENIA],
  },
  labs: { alt: [ALT_STOP, ALT_M1, ALT_BASE], ast: [AST_M], bilirubinTotal: [BILI], anc: [ANC_LOW] },
  supportive: { applies: true },
  findings: [STOP_FINDING, NEUTROPENIA, INHIBITOR],
  dataNotes: [
    {
      code: 'data.uln-assumed',
      detail: 'ALT on 2026-04-02 had no reference range; ULN 40 U/L assumed.',
      resourceType: 'Observation',
      id: 'alt-m1',
    },
  ],
};

export const UP_TO_DATE: Assessment = {
  ...ON_RILUZOLE_STOP,
  patient: { id: 'pat-ok', name: 'Ben Stable', birthDate: '1958-01-30' },
  monitoring: {
    status: 'up-to-date',
    nextDue: '2026-12-02',
    schedule: [
      { due: '2026-03-02', phase: 'baseline', state: 'done', answeredBy: ev(ALT_BASE) },
      { due: '2026-12-02', phase: 'quarterly', state: 'upcoming' },
    ],
    findings: [],
  },
  labs: { alt: [alt('alt-ok', '2026-11-20', 25), ALT_BASE] },
  findings: [],
  dataNotes: [],
};

const read = (over: Partial<ReadState> & Pick<ReadState, 'id' | 'status'>): ReadState => ({
  label: over.id,
  resourceType: 'Observation',
  request: `Observation?patient=pat&code=${over.id}`,
  pages: 1,
  count: 10,
  warnings: [],
  ...over,
});

export const READS_DONE: readonly ReadState[] = [
  read({ id: 'labs-loinc', label: 'Liver and blood tests (by LOINC code)', status: 'done', pages: 3, count: 150 }),
  read({
    id: 'vital-signs',
    label: 'Vital signs (weight, BMI, temperature)',
    status: 'done',
    warnings: ['Results may not contain the entire record.'],
  }),
  read({
    id: 'medication-requests',
    label: 'Medication orders',
    resourceType: 'MedicationRequest',
    request: 'MedicationRequest?patient=pat',
    status: 'done',
  }),
  read({
    id: 'conditions',
    label: 'Problems and diagnoses',
    resourceType: 'Condition',
    request: 'Condition?patient=pat',
    status: 'done',
  }),
];

export const READS_LAB_FAILED: readonly ReadState[] = READS_DONE.map((r) =>
  r.id === 'labs-loinc'
    ? {
        ...r,
        status: 'error',
        pages: 0,
        count: 0,
        error: { kind: 'server', message: 'server error (HTTP 500)', httpStatus: 500 },
      }
    : r,
);

export const READS_LOADING: readonly ReadState[] = READS_DONE.map((r) =>
  r.id === 'labs-loinc' ? { ...r, status: 'partial', pages: 1, count: 50 } : r,
);

export function screenProps(over: Partial<ScreenProps> = {}): ScreenProps {
  return {
    showBanner: true,
    reads: READS_DONE,
    grantedScopes: ['launch', 'patient/Observation.rs'],
    fetchedAt: '2026-11-25T10:30:00Z',
    policy: 'us',
    onPolicyChange: () => undefined,
    onRefresh: () => undefined,
    onRetry: () => undefined,
    ...over,
  };
}
