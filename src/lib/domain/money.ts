/**
 * Exact money: amounts are bigints counting ten-thousandths of a currency unit (the scale of the
 * database's numeric(18,4) columns), rates are bigints counting hundred-millionths (numeric(18,8)).
 * No floating point anywhere: sums, conversions and shares are integer arithmetic.
 */

/** Digits after the decimal point of stored amounts. */
export const SCALE = 4;
/** Digits after the decimal point of stored exchange rates. */
export const RATE_SCALE = 8;

/** Digits, optionally a point and more digits; how many fit a column is the schemas' business. */
const DECIMAL = /^\d+(?:\.\d+)?$/;

/** The ISO 4217 codes this runtime knows (Intl keeps the list current with CLDR). */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export function isCurrency(code: string): boolean {
	return CURRENCIES.has(code);
}

/** Digits a currency is counted in (USD 2, JPY 0, KWD 3), from CLDR through Intl. */
export function minorUnits(currency: string): number {
	return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Digits after the point in a decimal text ("12.500" has 3). */
export function decimals(text: string): number {
	const point = text.indexOf('.');
	return point < 0 ? 0 : text.length - point - 1;
}

export function isDecimal(text: string): boolean {
	return DECIMAL.test(text);
}

/** A non-negative decimal text ("125000", "0.75", "125000.0000") at `scale` digits; throws on anything else. */
export function parseDecimal(text: string, scale = SCALE): bigint {
	const value = text.trim();
	if (!isDecimal(value)) throw new Error(`not a decimal: ${text}`);
	const [whole, fraction = ''] = value.split('.');
	if (fraction.replace(/0+$/, '').length > scale) throw new Error(`more than ${scale} decimals: ${text}`);
	return BigInt(whole + fraction.padEnd(scale, '0').slice(0, scale));
}

/** A scaled amount as a decimal text with `digits` decimals (the currency's), e.g. 1250000000n → "125000.00". */
export function formatDecimal(value: bigint, digits = 2, scale = SCALE): string {
	const negative = value < 0n;
	const abs = negative ? -value : value;
	const unit = 10n ** BigInt(scale);
	const whole = abs / unit;
	const fraction = (abs % unit).toString().padStart(scale, '0').slice(0, digits);
	return `${negative ? '-' : ''}${whole}${digits > 0 ? `.${fraction}` : ''}`;
}

/** The smallest step of a currency in scaled units: 100n for USD (one cent), 10000n for JPY. */
export function step(minor: number): bigint {
	return 10n ** BigInt(SCALE - Math.min(minor, SCALE));
}

/** Rounds half up (amounts are never negative) to the currency's smallest step. */
export function roundTo(value: bigint, minor: number): bigint {
	const s = step(minor);
	return ((value + s / 2n) / s) * s;
}

/** An amount converted at a rate (budget currency per unit of the pledge's), rounded to the budget currency's step. */
export function convert(amount: bigint, rate: bigint, minor: number): bigint {
	// One rounding, half up, straight from the exact product (scale SCALE + RATE_SCALE) to the step.
	const s = step(minor);
	const wide = s * 10n ** BigInt(RATE_SCALE);
	return ((amount * rate + wide / 2n) / wide) * s;
}

/** A percentage (scaled like an amount: 66.67 % is 666700n) of an amount, rounded to the step. */
export function percentOf(amount: bigint, percent: bigint, minor: number): bigint {
	const s = step(minor);
	const wide = s * 100n * 10n ** BigInt(SCALE);
	return ((amount * percent + wide / 2n) / wide) * s;
}

export const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);
export const min = (a: bigint, b: bigint) => (a < b ? a : b);
export const max = (a: bigint, b: bigint) => (a > b ? a : b);
