/** The submission and review of practices (issue 7), as the pages use it. */
export { maySubmit, createDraft, saveDraft, assignReviewer, decide, editPublished, currentOutcome, EDITABLE } from './workflow';
export { declareConflict, submitReview } from './reviews';
export { mySubmissions, submitterView, queue, manageView, reviewerQueue, reviewView } from './review-queries';
export { listVersions, type VersionEntry } from './versions';
export { FORM_ARRAYS, prepareForm, formOptions, formValues, type PracticeFormOptions } from './review-form';
