export const PLEDGE_STATUSES = ['pledged', 'received'] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];

export { FUNDING_STATUSES, type FundingStatus } from '../domain/funding';
