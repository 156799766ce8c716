/**
 * Spreadsheets through ExcelJS, loaded at first use: importing it takes about a second, which every
 * server start and every test file paid although few requests read or write a spreadsheet.
 */
import { PassThrough, type Readable } from 'node:stream';

export async function loadExcel() {
	return (await import('exceljs')).default;
}

/** Rows as a streamed .xlsx of one sheet, written page by page as they are read (memory stays flat). */
export function xlsxStream(header: readonly string[], pages: AsyncIterable<string[][]>, sheetName: string): Readable {
	const out = new PassThrough();
	void (async () => {
		const ExcelJS = await loadExcel();
		const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
		const sheet = workbook.addWorksheet(sheetName);
		// Every value is a string: ExcelJS writes it as a text cell, which a spreadsheet never evaluates.
		sheet.addRow([...header]).commit();
		for await (const page of pages) for (const row of page) sheet.addRow(row).commit();
		sheet.commit();
		await workbook.commit();
	})().catch((e) => out.destroy(e));
	return out;
}
