#!/usr/bin/env node
/**
 * build-reference-data.mjs — builds the platform's own reference-data files
 * (src/lib/server/reference/data/*.json) from the researcher's reference lists in
 * ../shared/data (outside this repo) plus the UN M49 name snapshot kept next to this script.
 *
 * The running platform never reads ../shared: it only reads the JSON files written here, which
 * carry the provenance ("sources") of every list they contain. Re-run this script only when the
 * shared lists or the name snapshot change, review the diff, and commit the JSON files.
 *
 *   node scripts/reference/build-reference-data.mjs            # default: ../shared/data
 *   SHARED_DATA_DIR=/path/to/shared/data node scripts/reference/build-reference-data.mjs
 *
 * Inputs
 *   - $SHARED_DATA_DIR/iom-member-states.json, iom-regions.json, gcm-objectives.json,
 *     gcm-guiding-principles.json, iom-migration-management-model.json
 *   - scripts/reference/un-m49-names.psv (UN M49 names en/fr/es/ar; provenance in its header)
 *   - Intl.DisplayNames (Node's built-in full ICU) only as a fallback for names missing there.
 * No npm package is needed. Output is deterministic (sorted, no timestamps).
 * The tables below (NAME_OVERRIDES, GCM_CHAMPIONS, REGION_NAMES, ...) are the documented manual
 * decisions; each entry says where it comes from. See src/lib/server/reference/data/README.md.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const sharedDir = resolve(process.env.SHARED_DATA_DIR ?? resolve(repoRoot, '../shared/data'));
const outDir = resolve(repoRoot, 'src/lib/server/reference/data');
const GENERATED_BY = 'scripts/reference/build-reference-data.mjs';

const readShared = (name) => JSON.parse(readFileSync(resolve(sharedDir, name), 'utf8'));
const LANGS = ['en', 'fr', 'es', 'ar'];

// ---------------------------------------------------------------------------------------------
// Manual tables (documented decisions)
// ---------------------------------------------------------------------------------------------

/** Corrections to the (pre-2022) M49 snapshot. `why` is copied into states.json sources. */
const NAME_OVERRIDES = {
	TUR: {
		names: { en: 'Türkiye', fr: 'Türkiye', es: 'Türkiye' },
		why: "UN short name changed from 'Turkey' to 'Türkiye' in June 2022 at the request of the Government; the snapshot predates it. Arabic 'تركيا' is kept from the snapshot."
	},
	MKD: {
		names: {
			en: 'North Macedonia',
			fr: 'Macédoine du Nord',
			es: 'Macedonia del Norte',
			ar: 'مقدونيا الشمالية'
		},
		why: "Name changed to 'North Macedonia' in February 2019 (Prespa agreement); the snapshot still has 'The former Yugoslav Republic of Macedonia'."
	},
	SWZ: {
		names: { es: 'Eswatini' },
		why: "The snapshot's official_name_es still says 'Suazilandia' although its en/fr columns already say 'Eswatini'; the UNTERM Spanish short name in the same repository (data/unterm_names.csv, commit a09b84ab199694aa3db18d7bfc15f632543db672) is 'Eswatini'."
	},
	TWN: {
		names: { en: 'Taiwan, Province of China' },
		why: 'Not listed separately in UN M49 (names empty in the snapshot). English is the ISO 3166-1 short name; fr/es/ar come from Intl.DisplayNames (fallback).'
	}
};

/** Rows not in the M49 snapshot: Taiwan (ISO 3166-1, no M49 row) and Kosovo (user-assigned XK/XKX). */
const EXTRA_ROWS = [
	{ id: 'TWN', iso2: 'TW', m49: null },
	{ id: 'XKX', iso2: 'XK', m49: null }
];

/**
 * GCM Champion countries. Only the States that a UN Network on Migration page itself names as
 * "GCM Champion countries" are flagged; this is a PARTIAL list (participants of one event).
 */
const GCM_CHAMPIONS_SOURCE = {
	key: 'gcm-champions',
	source:
		"UN Network on Migration, 'Informal Cross-Regional GCM Champions Event' (Accra, Ghana, 28-30 November 2023), https://migrationnetwork.un.org/ar/node/36196 : 'bringing together 28 GCM Champion countries ... Azerbaijan, Canada, Chad, Colombia, Costa Rica, Ecuador, Egypt, El Salvador, Ethiopia, Ghana, Guinea Bissau, Honduras, Iraq, Kenya, Luxembourg, Malawi, Mali, Mexico, Morocco, Niger, Nigeria, Panama, Peru, Portugal, Senegal, Sierra Leone, The Gambia, and Türkiye'. Initiative page: https://migrationnetwork.un.org/champion-countries (its stored copy shows no list).",
	verification:
		"PARTIAL: the 28 States flagged are verified as Champion countries by that UN Network page, but the official complete list was not found, so other Champions (e.g. Bangladesh, reported by a press article of 22 July 2020 as having confirmed its role in July 2020) are NOT flagged. gcmChampion null therefore means 'not known to be a Champion', not 'not a Champion'. 'since' dates are unknown (null)."
};
const GCM_CHAMPIONS = [
	'AZE',
	'CAN',
	'TCD',
	'COL',
	'CRI',
	'ECU',
	'EGY',
	'SLV',
	'ETH',
	'GHA',
	'GNB',
	'HND',
	'IRQ',
	'KEN',
	'LUX',
	'MWI',
	'MLI',
	'MEX',
	'MAR',
	'NER',
	'NGA',
	'PAN',
	'PER',
	'PRT',
	'SEN',
	'SLE',
	'GMB',
	'TUR'
];

/** Names of the non-members as written in the member-list source -> ISO alpha-3. */
const NON_MEMBER_NAME_TO_ISO3 = {
	Brunei: 'BRN',
	'Equatorial Guinea': 'GNQ',
	'Hong Kong': 'HKG',
	Iraq: 'IRQ',
	Lebanon: 'LBN',
	Macau: 'MAC',
	'North Korea': 'PRK',
	Oman: 'OMN',
	Singapore: 'SGP',
	Syria: 'SYR',
	Taiwan: 'TWN',
	'United Arab Emirates': 'ARE'
};

/** Translated region names: only where an IOM page gives them. */
const REGION_NAMES_SOURCE =
	"Spanish names from IOM's Regional Office for the Americas page https://americas.iom.int/es/oficina-regional ('La Oficina Regional de las Américas ... fue creada en 2024 luego de que se concretara el proceso de fusión de la Oficina Regional para América del Sur (en Buenos Aires, Argentina) y de la de Centroamérica, Norteamérica y el Caribe (en San José, Costa Rica)'). No French or Arabic names were found on IOM pages for these regions; English is the fallback.";
const REGION_NAMES = {
	CNAC: { es: 'Centroamérica, Norteamérica y el Caribe' },
	SAM: { es: 'América del Sur' },
	AME: { es: 'Américas' }
};
const REGION_VALID_TO = { CNAC: '2024-12-31', SAM: '2024-12-31' };

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const displayNames = Object.fromEntries(LANGS.map((l) => [l, new Intl.DisplayNames([l], { type: 'region', fallback: 'none' })]));
function intlName(lang, iso2) {
	const n = displayNames[lang].of(iso2);
	if (!n) throw new Error(`Intl.DisplayNames has no ${lang} name for ${iso2}`);
	return n;
}

function writeJson(name, value) {
	mkdirSync(outDir, { recursive: true });
	writeFileSync(resolve(outDir, name), JSON.stringify(value, null, '\t') + '\n', 'utf8');
	console.log(`wrote ${name}`);
}

function assert(cond, msg) {
	if (!cond) throw new Error(msg);
}

// ---------------------------------------------------------------------------------------------
// iom-regions.json
// ---------------------------------------------------------------------------------------------

const regionsSrc = readShared('iom-regions.json');
const regionOfState = new Map();
for (const r of regionsSrc.regions) {
	for (const iso3 of r.countriesIso3) {
		assert(!regionOfState.has(iso3), `${iso3} is in two regions`);
		regionOfState.set(iso3, r.code);
	}
}

const regions = regionsSrc.regions.map((r) => ({
	code: r.code,
	names: { en: r.name, ...(REGION_NAMES[r.code] ?? {}) },
	regionalOffice: r.regionalOffice,
	validFrom: null,
	validTo: REGION_VALID_TO[r.code] ?? null,
	verification: r.status,
	aliases: r.aliases,
	evidence: r.evidence,
	countriesIso3: r.countriesIso3
}));
const succ = regionsSrc.successor2024;
regions.push({
	code: 'AME',
	names: { en: succ.name, ...REGION_NAMES.AME },
	regionalOffice: succ.regionalOffice,
	validFrom: '2025-01-01',
	validTo: null,
	verification: `VERIFIED that the Regional Office for the Americas (Panama) replaced the offices of ${succ.replaces.join(' and ')} in 2024 (${succ.source}); the exact date of the merger is not in the source (validFrom 2025-01-01 is a convention, see README). Country coverage = union of ${succ.replaces.join(' and ')} (INFERRED).`,
	aliases: ['Americas', 'Regional Office for the Americas', 'Las Américas'],
	evidence: [succ.source, 'https://americas.iom.int/es/oficina-regional'],
	countriesIso3: regionsSrc.regions
		.filter((r) => succ.replaces.includes(r.code))
		.flatMap((r) => r.countriesIso3)
		.sort(),
	replaces: succ.replaces
});

writeJson('iom-regions.json', {
	generatedBy: GENERATED_BY,
	sources: [
		{
			key: 'iom-regions',
			source: regionsSrc.source,
			verification: [regionsSrc.asOf, ...regionsSrc.notes].join(' ')
		},
		{
			key: 'iom-region-validity',
			source: 'Platform decision (not in any source).',
			verification:
				'The exact date of the 2024 merger of the San José (CNAC) and Buenos Aires (SAM) offices into the Regional Office for the Americas (Panama) is not in the sources. CNAC and SAM are given validTo 2024-12-31 and AME validFrom 2025-01-01 so that anything dated in 2024 (e.g. the IDM 2024 annexes) is still grouped by the nine-office structure used by IOM statistics up to 2024.'
		},
		{
			key: 'iom-region-names',
			source: REGION_NAMES_SOURCE,
			verification:
				'Spanish names for CNAC, SAM and AME verified on that IOM page; all other translations omitted (English is the fallback).'
		}
	],
	regions
});

// ---------------------------------------------------------------------------------------------
// states.json
// ---------------------------------------------------------------------------------------------

const membersSrc = readShared('iom-member-states.json');
const memberInfo = new Map(); // iso3 -> {status, unRegionalGroup}
for (const m of membersSrc.members) memberInfo.set(m.iso3, { status: 'member', src: m });
for (const m of membersSrc.observerStates) {
	assert(!memberInfo.has(m.iso3), `${m.iso3} both member and observer`);
	memberInfo.set(m.iso3, { status: 'observer', src: m });
}
const nonMembers = new Set(
	membersSrc.nonMemberStatesPerSameSource.map((n) => {
		const iso3 = NON_MEMBER_NAME_TO_ISO3[n];
		assert(iso3, `no ISO code for non-member '${n}'`);
		return iso3;
	})
);

const psv = readFileSync(resolve(here, 'un-m49-names.psv'), 'utf8');
const rows = psv
	.split('\n')
	.filter((l) => l.trim() && !l.startsWith('#'))
	.map((l) => {
		const [id, iso2, m49, en, fr, es, ar] = l.split('|');
		return { id, iso2, m49: m49 || null, names: { en, fr, es, ar } };
	});
for (const extra of EXTRA_ROWS) rows.push({ ...extra, names: { en: '', fr: '', es: '', ar: '' } });

const champions = new Set(GCM_CHAMPIONS);
const overridesApplied = [];
const states = rows.map((row) => {
	let fallback = false;
	const names = { ...row.names };
	const ov = NAME_OVERRIDES[row.id];
	if (ov) {
		Object.assign(names, ov.names);
		overridesApplied.push(`${row.id}: ${ov.why}`);
	}
	for (const l of LANGS) {
		if (!names[l]) {
			names[l] = intlName(l, row.iso2);
			fallback = true;
		}
	}
	const info = memberInfo.get(row.id);
	if (info) {
		assert(info.src.iso2 === row.iso2, `iso2 mismatch for ${row.id}`);
		if (info.src.m49?.m49 && row.m49) assert(info.src.m49.m49 === row.m49, `m49 mismatch for ${row.id}`);
	}
	return {
		id: row.id,
		iso2: row.iso2,
		m49: row.m49,
		names,
		nameSource: fallback ? 'fallback' : 'un',
		unRegionalGroup: info?.src.unRegionalGroup ?? null,
		membership: info ? { status: info.status, since: null } : null,
		iomRegion: regionOfState.get(row.id) ?? null,
		gcmChampion: champions.has(row.id) ? { since: null } : null
	};
});
states.sort((a, b) => a.id.localeCompare(b.id));

// Consistency checks against the shared lists.
const ids = new Set(states.map((s) => s.id));
assert(ids.size === states.length, 'duplicate state ids');
for (const iso3 of [...memberInfo.keys(), ...nonMembers, ...regionOfState.keys(), ...champions])
	assert(ids.has(iso3), `${iso3} missing from states`);
for (const [iso3, info] of memberInfo) {
	const expected = info.src.iomRegionCode ?? null;
	assert((regionOfState.get(iso3) ?? null) === expected, `${iso3}: region ${regionOfState.get(iso3)} vs member list ${expected}`);
}
const count = (status) => states.filter((s) => s.membership?.status === status).length;
assert(count('member') === membersSrc.counts.members, 'member count');
assert(count('observer') === membersSrc.counts.observers, 'observer count');
assert(champions.size === 28, 'champion list');

const nodeIcu = `Node ${process.versions.node}, ICU ${process.versions.icu}, CLDR ${process.versions.cldr ?? '?'}`;
writeJson('states.json', {
	generatedBy: GENERATED_BY,
	sources: [
		{
			key: 'iom-member-states',
			source: membersSrc.source,
			verification: `${membersSrc.verification} Membership 'since' dates are not in the source: null everywhere. Non-members named by the same source (membership null): ${membersSrc.nonMemberStatesPerSameSource.join(', ')}. All other rows are UN Member States, observers and ISO 3166-1 territories added so that delegations of any country can be recorded; their membership null means 'not an IOM member or observer according to that source'.`
		},
		{
			key: 'state-names',
			source:
				"UN M49 names (official_name_en/fr/es/ar, i.e. the UN Statistics Division 'Standard country or area codes for statistical use' overview) and ISO 3166-1 codes from GitHub repository datasets/country-codes, path data/country-codes.csv, commit 060e8c02fc8d9281a294669b89a0e50b5164abd4 (snapshot kept in scripts/reference/un-m49-names.psv). Fallback: Intl.DisplayNames (" +
				nodeIcu +
				'). XKX (Kosovo) is a user-assigned code; references to Kosovo shall be understood to be in the context of UNSC resolution 1244 (1999).',
			verification: `nameSource 'un' = all four names from the M49 snapshot (UN-style short names), possibly corrected by the documented overrides; 'fallback' = at least one name from Intl.DisplayNames (CLDR), used where the snapshot has no name or a visibly corrupt Arabic one (IOT, ATF, UMI), and for TWN and XKX. The snapshot predates 2022; overrides applied: ${overridesApplied.join(' | ')} Known remaining gap: since 2023 the UN short name of the Netherlands is 'Netherlands (Kingdom of the)'; the snapshot's 'Netherlands' is kept.`
		},
		{
			key: 'iom-regions',
			source: `iomRegion = region whose country list in shared iom-regions.json contains the State (nine-office structure; see iom-regions.json). ${regionsSrc.source}`,
			verification:
				"Country lists are partly INFERRED (see each region's verification in iom-regions.json). Holy See, San Marino, Andorra, Monaco and non-IOM territories are unassigned (null)."
		},
		{
			key: 'un-regional-group',
			source: 'unRegionalGroup copied from the shared member list (world-countries 5.1.0, ODbL) for IOM members and observers only.',
			verification: 'Not verified against the UN; null for every State that is not an IOM member or observer.'
		},
		GCM_CHAMPIONS_SOURCE
	],
	states
});

// ---------------------------------------------------------------------------------------------
// gcm.json
// ---------------------------------------------------------------------------------------------

const objSrc = readShared('gcm-objectives.json');
const gpSrc = readShared('gcm-guiding-principles.json');
const inferredParas = new Set([8, 15, 16, 17, 18, 22]);
writeJson('gcm.json', {
	generatedBy: GENERATED_BY,
	sources: [
		{ key: 'gcm-objectives', source: objSrc.source, verification: objSrc.notes.join(' ') },
		{ key: 'gcm-guiding-principles', source: gpSrc.source, verification: gpSrc.notes.join(' ') }
	],
	objectives: objSrc.objectives.map((o) => ({
		number: o.number,
		titles: { en: o.title },
		hubLabel: o.hubLabel,
		commitmentParagraph: o.commitmentParagraph,
		commitmentParagraphInferred: inferredParas.has(o.number),
		hubTaxonomyTermId: o.hubTaxonomyTermId,
		sources: o.sources
	})),
	guidingPrinciples: gpSrc.principles.map((p) => ({
		letter: p.letter,
		position: p.order,
		titles: { en: p.title },
		paragraph: p.paragraph,
		hubTaxonomyTermId: p.hubTaxonomyTermId,
		verifiedIn: p.verifiedIn
	}))
});

// ---------------------------------------------------------------------------------------------
// management-model.json and migration-cycle-stages.json
// ---------------------------------------------------------------------------------------------

const mmSrc = readShared('iom-migration-management-model.json');
writeJson('management-model.json', {
	generatedBy: GENERATED_BY,
	sources: [
		{
			key: 'iom-migration-management-model',
			source: mmSrc.source,
			verification: 'VERIFIED: area and activity titles are verbatim from the annex (English only; no translations).'
		}
	],
	areas: [
		...mmSrc.areas.map((a, i) => ({
			key: a.key,
			kind: 'area',
			position: i + 1,
			titles: { en: a.title },
			activities: a.activities.map((en) => ({ en }))
		})),
		{
			key: 'cross-cutting',
			kind: 'cross-cutting',
			position: mmSrc.areas.length + 1,
			titles: { en: 'Cross-cutting activities' },
			activities: mmSrc.crossCutting.map((en) => ({ en }))
		}
	]
});

const STAGE_TITLES = {
	'pre-migration': 'Pre-migration',
	admission: 'Admission',
	stay: 'Stay',
	exit: 'Exit',
	return: 'Return',
	reintegration: 'Reintegration',
	'onward-migration': 'Onward migration'
};
const PHASE_TITLES = {
	'before-migration': 'Before migration',
	'during-migration': 'During migration',
	'post-migration': 'Post-migration'
};
const cycle = mmSrc.migrationCycleStages;
const phaseOf = {};
for (const [phase, keys] of Object.entries(cycle.phases)) for (const k of keys) phaseOf[k] = phase;
writeJson('migration-cycle-stages.json', {
	generatedBy: GENERATED_BY,
	sources: [
		{
			key: 'migration-cycle-stages',
			source:
				"Seed document 000_fc08ac78a634da14.txt (IDM 2024 first session, Key Findings, I. Introduction): 'throughout the migration cycle, from pre-migration to admission, stay, exit, eventual return, and reintegration or onward migration'.",
			verification:
				"VERIFIED: the seven stages are the ones named in that sentence, in its order ('eventual return' -> return; 'reintegration or onward migration' -> two stages). English titles are the platform's capitalisation of those words; no translations."
		},
		{
			key: 'migration-phases',
			source:
				"Seed document 003_cb990f90754c8734.txt (Migration Week side event concept note, 9 December 2018, Marrakesh: 'Innovative Solutions to Enhancing Pathways for Regular Migration'): 'Before migration', 'During migration', 'Post-migration'.",
			verification:
				'The three phase titles are VERIFIED in that seed; the assignment of stages to phases is INFERRED (researcher, shared/data/iom-migration-management-model.json).'
		}
	],
	stages: cycle.stages.map((key, i) => ({
		key,
		position: i + 1,
		titles: { en: STAGE_TITLES[key] },
		phase: phaseOf[key]
	})),
	phases: Object.entries(cycle.phases).map(([key, stageKeys], i) => ({
		key,
		position: i + 1,
		titles: { en: PHASE_TITLES[key] },
		stages: stageKeys
	}))
});

console.log(
	`states: ${states.length} (members ${count('member')}, observers ${count('observer')}, ` +
		`fallback names ${states.filter((s) => s.nameSource === 'fallback').length}, champions ${champions.size})`
);
