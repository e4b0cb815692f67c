// Tests import exceljs directly to write fixtures; the UTF-8-safe parser must be installed before that first load.
import "../src/util/exceljs.js";
