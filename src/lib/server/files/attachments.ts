/**
 * Uploaded files kept in the database (consultation notes, practice attachments): one way to read
 * the upload from a form, check it (not empty, not too large, of an allowed type recognised by its
 * first bytes, never by the name or the browser's word), clean its name, and serve it back with an
 * RFC 6266 Content-Disposition (an ASCII fallback plus filename* for Arabic or accented names).
 */
import contentDisposition from 'content-disposition';
import { DomainError } from '../core/errors';
import type { MessageKey } from '$lib/i18n';
import { readForm } from '../web/forms';

/** The largest attachment anywhere on the platform (the tables' CHECKs hold the same number). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Buffer, magic: number[], at = 0) =>
	bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);
const extension = (name: string) => name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';

/**
 * The types the platform recognises, each with the test of its first bytes. Word and OpenDocument
 * files are ZIP (or OLE) containers: the container is checked by its bytes, the kind by the extension.
 */
export const ATTACHMENT_TYPES = {
	'application/pdf': (b: Buffer) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]),
	'application/msword': (b: Buffer, name: string) => startsWith(b, OLE) && extension(name) === 'doc',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': (b: Buffer, name: string) =>
		startsWith(b, ZIP) && extension(name) === 'docx',
	'application/vnd.oasis.opendocument.text': (b: Buffer, name: string) => startsWith(b, ZIP) && extension(name) === 'odt',
	'image/png': (b: Buffer) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
	'image/jpeg': (b: Buffer) => startsWith(b, [0xff, 0xd8, 0xff]),
	'image/webp': (b: Buffer) => startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8)
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

/** What a capability accepts, and the messages it gives when a file is refused. */
export interface AttachmentPolicy {
	types: readonly AttachmentType[];
	maxBytes?: number;
	errors: { missing: MessageKey; tooLarge: MessageKey; wrongType: MessageKey };
}

export interface UploadedFile {
	name: string;
	bytes: Buffer;
}

/** A checked file, ready to store: its cleaned name, its recognised type and its size. */
export interface CheckedFile {
	fileName: string;
	contentType: AttachmentType;
	size: number;
	content: Buffer;
}

/** A name safe in a header and a file system: letters, digits, space and ._()- kept, the rest replaced. */
export function cleanFileName(name: string, fallback = 'attachment'): string {
	return name.replace(/[^\p{L}\p{N} ._()-]/gu, '_').slice(0, 200) || fallback;
}

/** Checks an upload against a policy (no I/O): throws a DomainError on the `file` field if it is refused. */
export function checkFile(file: UploadedFile, policy: AttachmentPolicy): CheckedFile {
	const max = policy.maxBytes ?? MAX_ATTACHMENT_BYTES;
	if (!file.bytes.length) throw new DomainError(policy.errors.missing, 400, 'file');
	if (file.bytes.length > max) throw new DomainError(policy.errors.tooLarge, 413, 'file');
	const contentType = policy.types.find((type) => ATTACHMENT_TYPES[type](file.bytes, file.name));
	if (!contentType) throw new DomainError(policy.errors.wrongType, 415, 'file');
	return { fileName: cleanFileName(file.name), contentType, size: file.bytes.length, content: file.bytes };
}

/** The `file` part of a multipart form (an empty file when there is none) and the form's other fields. */
export async function readFormFile(request: Request, field = 'file'): Promise<{ file: UploadedFile; form: FormData }> {
	const form = await readForm(request);
	const part = form.get(field);
	const file =
		part instanceof File ? { name: part.name, bytes: Buffer.from(await part.arrayBuffer()) } : { name: '', bytes: Buffer.alloc(0) };
	return { file, form };
}

/** What a browser shows itself; anything else (Word, OpenDocument) is saved, not opened. */
const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/webp']);

/** A stored file as a download: its type, length and RFC 6266 name; `inline` lets PDFs and images open in the browser. */
export function fileResponse(
	file: { fileName: string; contentType: string; size: number; content: Buffer },
	options: { cacheControl: string; inline?: boolean }
): Response {
	return new Response(new Uint8Array(file.content), {
		headers: {
			'content-type': file.contentType,
			'content-length': String(file.size),
			'content-disposition': contentDisposition(file.fileName, {
				type: options.inline === false || !INLINE_TYPES.has(file.contentType) ? 'attachment' : 'inline'
			}),
			'x-content-type-options': 'nosniff',
			// An image opened in the browser runs nothing on this site's origin. Not for PDFs: Chromium
			// refuses to show a PDF in a sandboxed document, and its PDF viewer is isolated already.
			...(file.contentType === 'application/pdf' ? {} : { 'content-security-policy': "sandbox; default-src 'none'; img-src 'self'" }),
			'cache-control': options.cacheControl
		}
	});
}
