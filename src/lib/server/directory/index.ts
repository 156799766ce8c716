export * as states from './states';
export * as organisations from './organisations';
export * as people from './people';
export { registerOrganisationReference, registerPersonReference } from './references';
