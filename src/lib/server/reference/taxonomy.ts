import { asc } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	gcmGuidingPrinciples,
	gcmObjectives,
	managementActivities,
	managementAreas,
	migrationCycleStages,
	referenceSources
} from './schema';

/** The taxonomies practices and findings are tagged with, for the public reference page. */
export async function listTaxonomy(db: Db) {
	const [objectives, principles, areas, activities, stages, sources] = await Promise.all([
		db.select().from(gcmObjectives).orderBy(asc(gcmObjectives.number)),
		db.select().from(gcmGuidingPrinciples).orderBy(asc(gcmGuidingPrinciples.position)),
		db.select().from(managementAreas).orderBy(asc(managementAreas.position)),
		db.select().from(managementActivities).orderBy(asc(managementActivities.position)),
		db.select().from(migrationCycleStages).orderBy(asc(migrationCycleStages.position)),
		db.select().from(referenceSources).orderBy(asc(referenceSources.key))
	]);
	return {
		objectives,
		principles,
		areas: areas.map((a) => ({ ...a, activities: activities.filter((x) => x.areaKey === a.key) })),
		stages,
		sources
	};
}
