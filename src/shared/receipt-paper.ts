/**
 * What receipts are printed on (#20): a sheet (A4 or US Letter), or a roll of receipt paper
 * 80 mm or 58 mm wide, as thermal printers at counters take (they appear as ordinary printers).
 */
export const RECEIPT_PAPERS = ['a4', 'letter', 'roll-80', 'roll-58'] as const;
export type ReceiptPaper = (typeof RECEIPT_PAPERS)[number];

/** The width of each roll, in millimetres. */
export const ROLL_WIDTH_MM = { 'roll-80': 80, 'roll-58': 58 } as const;
