// Writes the .xlsb test fixtures with an independent XLSB writer, SheetJS (npm package xlsx 0.18.5), so the project's
// own reader (lib/SupplyChainNotebooks.Core/Io/XlsbSheetReader.cs) is checked against files it did not write.
// Run once from this folder:  npm install xlsx@0.18.5 && node make-fixtures.js WIOT2014_Nov16_ROW.xlsx
// where WIOT2014_Nov16_ROW.xlsx is the WIOD 2016 sheet-layout workbook the tests write from ../wiod2016/*.csv
// (Wiod2016ReaderTests.WriteWorkbook). The outputs are committed; the tests never run node.
const X = require('xlsx');

// 1. mixed.xlsb: every value kind, shared and inline strings, short cell records, a missing row, two sheets.
const first = X.utils.aoa_to_sheet([
  ['code', 'label', 1],
  [2.5, null, -3],
  [true, 'code', 1e-7],
]);
X.utils.sheet_add_aoa(first, [[123456789, 0.01, -1.5, 'Ünïcode 日本']], { origin: 'A5' });   // row 4 left empty
first['E1'] = { t: 'n', v: 42, f: '40+2' };                                                  // formula with its cached value
first['E2'] = { t: 'e', v: 0x07 };                                                          // #DIV/0!
first['E3'] = { t: 's', v: 'text formula', f: '"text "&"formula"' };
first['!ref'] = 'A1:E5';
const second = X.utils.aoa_to_sheet([['2014'], [7]]);
const mixed = X.utils.book_new();
X.utils.book_append_sheet(mixed, first, 'First');
X.utils.book_append_sheet(mixed, second, 'Second');
X.writeFile(mixed, 'mixed.xlsb', { bookType: 'xlsb', bookSST: true });

// 2. The WIOD 2016 layout workbook as the publisher ships it (.xlsb), converted from the tests' .xlsx.
if (process.argv[2]) {
  const wiod = X.readFile(process.argv[2]);
  X.writeFile(wiod, '../wiod2016/WIOT2014_Nov16_ROW.xlsb', { bookType: 'xlsb', bookSST: true });
}
