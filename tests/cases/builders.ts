/**
 * Typed FHIR R4 builders for the case files, dated by the caller relative to `asOf` (see dates.ts).
 * Every resource has a resourceType and an id `<caseId>-...`, references are `Patient/<caseId>`,
 * so the same resources load into the sandbox FHIR server and the msw mocks.
 */
export * from './support/codes';
export * from './support/labs';
export * from './support/medications';
export * from './support/clinical';
export * from './support/scenario';
