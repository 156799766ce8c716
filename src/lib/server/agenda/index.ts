/**
 * Agenda setting: consultations with their discussion notes and attachments, the proposals they put
 * forward (themes, workshop topics) and what became of them, ballots with one voice per State, the
 * results, and the recorded decision that makes selected workshop topics events of the cycle.
 */
import { registerOrganisationReference } from '../directory/references';
import { proposals } from './schema';

// A merge of organisations moves the proposals an organisation made to the one it is merged into.
registerOrganisationReference({ table: proposals, column: proposals.proposedByOrganisationId });

export {
	createConsultation,
	updateConsultation,
	listForCycle as listConsultations,
	listAll as listAllConsultations,
	getConsultation,
	cycleTimeZone,
	cycleBySlugYear,
	addAttachment,
	deleteAttachment,
	getAttachment,
	ballotProposalIds,
	MAX_ATTACHMENT_BYTES,
	type Consultation
} from './consultations';
export {
	createProposal,
	updateProposal,
	deleteProposal,
	mergeProposal,
	getProposal,
	proposalOfEvent,
	listForCycle as listCycleProposals,
	listAll as listAllProposals,
	type Proposal
} from './proposals';
export {
	openBallot,
	closeBallot,
	changeCloseDate,
	updateBallot,
	recordResponses,
	getBallot,
	listAll as listAllBallots,
	isEligible,
	responseCount,
	responseOf,
	castResponse,
	resultsVisible,
	results,
	rawResponses,
	isFocalPointOf,
	focalPointStates,
	type Ballot,
	type CastResult
} from './ballots';
export { recordDecision } from './decision';
export { resultsView, resultsCsv, shareText, type ResultsView } from './results-view';
export { visibleResults } from './visible-results';
