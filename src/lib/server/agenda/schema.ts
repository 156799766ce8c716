import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	foreignKey,
	index,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { bytea, id, localized, timestamps, version } from '../db/columns';
import { states } from '../reference/schema';
import { organisations } from '../directory/schema';
import { users } from '../auth/schema';
import { cycles, events } from '../dialogues/schema';
import { BALLOT_RULES, CHOICES, PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../../agenda/types';

/** Informal consultations of a cycle, with their discussion note. */
export const consultations = pgTable(
	'consultations',
	{
		id: id(),
		cycleId: uuid('cycle_id')
			.notNull()
			.references(() => cycles.id),
		titles: localized('titles').notNull(),
		heldOn: date('held_on').notNull(),
		place: text('place'),
		/** IANA zone in which the secretariat types and reads the times of the consultation's ballots. */
		timeZone: text('time_zone').notNull().default('Europe/Zurich'),
		documentSymbol: text('document_symbol'),
		/** The note as typed (a small formatting language, $lib/domain/note); rendered escaped. */
		note: text('note'),
		/** The membership's decision in words, and when the secretariat recorded it. */
		decisionSummary: text('decision_summary'),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		version: version(),
		...timestamps()
	},
	(t) => [index().on(t.cycleId, t.heldOn), uniqueIndex('consultations_document_symbol_unique').on(t.documentSymbol)]
);

/** PDF attachments of a consultation (the note as issued, annexes). */
export const consultationAttachments = pgTable(
	'consultation_attachments',
	{
		id: id(),
		consultationId: uuid('consultation_id')
			.notNull()
			.references(() => consultations.id, { onDelete: 'cascade' }),
		fileName: text('file_name').notNull(),
		contentType: text('content_type').notNull().default('application/pdf'),
		size: integer('size').notNull(),
		content: bytea('content').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index().on(t.consultationId),
		check('consultation_attachments_pdf', sql`${t.contentType} = 'application/pdf'`),
		check('consultation_attachments_size', sql`${t.size} > 0 and ${t.size} <= 20971520`)
	]
);

/** A theme or workshop topic a consultation puts forward, and what became of it. */
export const proposals = pgTable(
	'proposals',
	{
		id: id(),
		consultationId: uuid('consultation_id')
			.notNull()
			.references(() => consultations.id),
		kind: text('kind', { enum: PROPOSAL_KINDS }).notNull(),
		titles: localized('titles').notNull(),
		descriptions: localized('descriptions'),
		proposedBy: text('proposed_by'),
		proposedByStateId: text('proposed_by_state_id').references(() => states.id),
		proposedByOrganisationId: uuid('proposed_by_organisation_id').references(() => organisations.id),
		status: text('status', { enum: PROPOSAL_STATUSES }).notNull().default('proposed'),
		/** A merged proposal names the one it became part of; the merged one stays, with its history. */
		mergedIntoId: uuid('merged_into_id'),
		/** A selected workshop topic names the workshop event it became (the link is kept here, not on events). */
		eventId: uuid('event_id').references(() => events.id),
		position: integer('position').notNull().default(0),
		version: version(),
		...timestamps()
	},
	(t) => [
		index().on(t.consultationId),
		unique('proposals_id_consultation').on(t.id, t.consultationId),
		uniqueIndex('proposals_event_unique').on(t.eventId),
		foreignKey({ name: 'proposals_merged_into_fk', columns: [t.mergedIntoId], foreignColumns: [t.id] }),
		check('proposals_merged_into', sql`(${t.status} = 'merged') = (${t.mergedIntoId} is not null)`),
		check('proposals_not_into_itself', sql`${t.mergedIntoId} is null or ${t.mergedIntoId} <> ${t.id}`),
		check('proposals_event_selected_workshop', sql`${t.eventId} is null or (${t.status} = 'selected' and ${t.kind} = 'workshop-topic')`)
	]
);

/** A ballot on some of a consultation's proposals: one response per eligible State. */
export const ballots = pgTable(
	'ballots',
	{
		id: id(),
		consultationId: uuid('consultation_id')
			.notNull()
			.references(() => consultations.id),
		titles: localized('titles').notNull(),
		rule: text('rule', { enum: BALLOT_RULES }).notNull(),
		maxChoices: integer('max_choices'),
		opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
		closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
		/** The date membership is read on for eligibility: the opening date. */
		eligibleOn: date('eligible_on').notNull(),
		includeObservers: boolean('include_observers').notNull().default(false),
		/** Results are public after the close only if the ballot says so; the secretariat sees them always. */
		publishResults: boolean('publish_results').notNull().default(false),
		version: version(),
		...timestamps()
	},
	(t) => [
		index().on(t.consultationId),
		unique('ballots_id_consultation').on(t.id, t.consultationId),
		check('ballots_dates', sql`${t.closesAt} > ${t.opensAt}`),
		check('ballots_max_choices', sql`(${t.rule} = 'choose') = (${t.maxChoices} is not null) and coalesce(${t.maxChoices}, 1) >= 1`)
	]
);

/** The proposals on a ballot; they belong to the ballot's consultation (a composite key says so). */
export const ballotProposals = pgTable(
	'ballot_proposals',
	{
		ballotId: uuid('ballot_id').notNull(),
		proposalId: uuid('proposal_id').notNull(),
		consultationId: uuid('consultation_id').notNull(),
		position: integer('position').notNull().default(0)
	},
	(t) => [
		primaryKey({ columns: [t.ballotId, t.proposalId] }),
		foreignKey({
			name: 'ballot_proposals_ballot_fk',
			columns: [t.ballotId, t.consultationId],
			foreignColumns: [ballots.id, ballots.consultationId]
		}).onDelete('cascade'),
		foreignKey({
			name: 'ballot_proposals_proposal_fk',
			columns: [t.proposalId, t.consultationId],
			foreignColumns: [proposals.id, proposals.consultationId]
		})
	]
);

/** The States that may answer, fixed when the ballot is opened: the denominator of "share of eligible States". */
export const ballotEligibleStates = pgTable(
	'ballot_eligible_states',
	{
		ballotId: uuid('ballot_id')
			.notNull()
			.references(() => ballots.id, { onDelete: 'cascade' }),
		stateId: text('state_id')
			.notNull()
			.references(() => states.id),
		membership: text('membership', { enum: ['member', 'observer'] }).notNull()
	},
	(t) => [primaryKey({ columns: [t.ballotId, t.stateId] })]
);

/** One State's response: the unique key is what makes it one voice per State. */
export const ballotResponses = pgTable(
	'ballot_responses',
	{
		id: id(),
		ballotId: uuid('ballot_id').notNull(),
		stateId: text('state_id').notNull(),
		castBy: uuid('cast_by').references(() => users.id, { onDelete: 'set null' }),
		castAt: timestamp('cast_at', { withTimezone: true }).notNull().defaultNow(),
		changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
		changedAt: timestamp('changed_at', { withTimezone: true }),
		/** 1 when cast, +1 at every change. */
		revision: integer('revision').notNull().default(1)
	},
	(t) => [
		unique('ballot_responses_one_per_state').on(t.ballotId, t.stateId),
		unique('ballot_responses_id_ballot').on(t.id, t.ballotId),
		foreignKey({
			name: 'ballot_responses_eligible_fk',
			columns: [t.ballotId, t.stateId],
			foreignColumns: [ballotEligibleStates.ballotId, ballotEligibleStates.stateId]
		}).onDelete('cascade')
	]
);

/** What a response says of one proposal: a choice (yes for "chosen") or a rank. */
export const ballotMarks = pgTable(
	'ballot_marks',
	{
		responseId: uuid('response_id').notNull(),
		ballotId: uuid('ballot_id').notNull(),
		proposalId: uuid('proposal_id').notNull(),
		choice: text('choice', { enum: CHOICES }),
		rank: integer('rank')
	},
	(t) => [
		primaryKey({ columns: [t.responseId, t.proposalId] }),
		index().on(t.ballotId, t.proposalId),
		foreignKey({
			name: 'ballot_marks_response_fk',
			columns: [t.responseId, t.ballotId],
			foreignColumns: [ballotResponses.id, ballotResponses.ballotId]
		}).onDelete('cascade'),
		foreignKey({
			name: 'ballot_marks_on_ballot_fk',
			columns: [t.ballotId, t.proposalId],
			foreignColumns: [ballotProposals.ballotId, ballotProposals.proposalId]
		}).onDelete('cascade'),
		check('ballot_marks_one_kind', sql`(${t.choice} is null) <> (${t.rank} is null)`),
		check('ballot_marks_rank', sql`${t.rank} is null or ${t.rank} >= 1`)
	]
);
