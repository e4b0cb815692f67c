/** The HTML report's stylesheet (inline, so the file needs nothing else). */
export const HTML_STYLE = `
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Micro Hei",system-ui,sans-serif;margin:24px auto;max-width:1400px;color:#222;padding:0 16px}
h1{font-size:22px;margin-bottom:4px}h2{font-size:18px;margin-top:32px;border-bottom:2px solid #1f3b73;padding-bottom:4px}
p.meta{color:#666;font-size:13px}p.rate{font-size:16px}
table{border-collapse:collapse;margin:12px 0;font-size:13px}
th{background:#ddebf7;text-align:left;position:sticky;top:0}
th,td{border:1px solid #d0d0d0;padding:3px 6px;vertical-align:top}
td.nw{white-space:nowrap}td.name{min-width:11em}td.target{min-width:9em}td.grid{text-align:center;white-space:nowrap}ul.red li{margin:2px 0}h3{font-size:16px;margin-top:20px}h4{font-size:14px;margin:12px 0 4px;color:#9c0006}td.words{min-width:24em;white-space:pre-line}td.num{text-align:right;font-variant-numeric:tabular-nums}tr.total td{font-weight:bold}
.st-met,.cat-achieved,.cat-on_track{background:#c6efce;color:#006100}
.st-nearly_met,.cat-moderate,.cat-insufficient,.lv-yellow{background:#ffeb9c;color:#9c5700}
.st-not_met,.cat-moving_away,.lv-red{background:#ffc7ce;color:#9c0006}
.st-not_assessable,.st-indeterminate,.st-no_data,.st-none,.cat-insufficient_data{background:#ededed;color:#595959}
.charts{display:flex;flex-wrap:wrap;gap:16px}figure{margin:0;border:1px solid #e0e0e0;padding:4px}
figure svg{max-width:100%;height:auto}figcaption{font-size:12px;color:#666}
@page{size:A4 landscape;margin:12mm}
@media print{body{margin:0;max-width:none}h2,h3{page-break-after:avoid}tr,figure{page-break-inside:avoid}th{position:static}table{font-size:10pt}p.meta{font-size:9pt}}
`;
