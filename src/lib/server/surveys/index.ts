/**
 * Surveys: participant feedback and member consultations. Sections and questions of eight kinds with
 * conditions, audiences (an event's registrants or attendees, a cycle's focal points with one
 * response per State, anyone with the link), anonymity that keeps no link between a person and a
 * response, normalised answers counted by SQL, results with their denominators, streamed exports.
 */
export {
	createSurvey,
	updateSurvey,
	setState,
	getSurvey,
	getSurveyRow,
	listForEvent,
	listForCycle,
	forCycleVisitors,
	focalPointStates,
	timeZoneOf,
	responseCount,
	resultsVisible,
	phaseAt,
	type Survey,
	type FullSurvey,
	type Question,
	type Section,
	type Phase
} from './surveys';
export { addSection, addQuestion, updateQuestion, setHidden } from './questions';
export { respondentFor, mine, saveDraft, submit, recordResponses, type Respondent, type Access } from './respond';
export { results, type SurveyResults, type QuestionResult, type ChoiceResult, type ItemResult, type Share } from './results';
export { answersFromForm, visitorKey } from './form';
export { recountTallies, readTallies, allSurveyIds, type Tally } from './tallies';
export { resultsView, visibleForEvent, type ResultsView } from './results-view';
export { exportResponses, exportStream } from './export';
export { mailAudience } from './mail';
export { recordAnswered } from './answered';
