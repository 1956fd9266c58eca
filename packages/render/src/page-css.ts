/**
 * The stylesheet of rendered pages: calm and readable, with the values of the web
 * app's design tokens (apps/web/src/ui/tokens.css; copied, since a package never
 * imports the app), and a print stylesheet. No web fonts, no external resources.
 */
export const PAGE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{background:#f6f3ec;color:#1d2433;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Ubuntu,Cantarell,'Helvetica Neue',Arial,sans-serif;font-size:100%;line-height:1.55;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;padding:1.5rem 1rem 3rem}
.kopa-header,.kopa-main,.kopa-footer{max-width:46rem;margin:0 auto}
.kopa-header{padding:0 0 1rem}
.kopa-header nav ul{display:flex;flex-wrap:wrap;gap:.5rem 1rem;list-style:none;margin:0;padding:0}
.kopa-main{background:#fff;border:1px solid #ddd6c8;border-radius:14px;box-shadow:0 1px 2px rgb(29 36 51 / 8%);padding:2rem}
.kopa-footer{color:#545c6b;font-size:.9375rem;padding:1.5rem 0 0}
h1,h2,h3,h4,h5,h6{line-height:1.25;margin:1.5rem 0 .75rem;overflow-wrap:break-word}
h1{font-size:2.125rem;margin-top:0}
h2{font-size:1.625rem}
h3{font-size:1.25rem}
h4,h5,h6{font-size:1.0625rem}
p,ul,ol,dl,blockquote,figure,table{margin:0 0 1rem}
p,li{overflow-wrap:break-word}
ul,ol{padding-left:1.5rem}
li>ul,li>ol{margin:.25rem 0 0}
a{color:#2447a8;text-decoration-thickness:1px;text-underline-offset:.15em}
a:hover{color:#1d2433}
a:focus-visible{outline:3px solid #1d2433;outline-offset:2px;border-radius:2px}
blockquote{background:#fdf1d8;border-left:4px solid #f2b33d;border-radius:0 8px 8px 0;margin-left:0;margin-right:0;padding:.75rem 1rem}
blockquote>p:last-child{margin-bottom:0}
code{background:#f1ede4;border-radius:4px;font-family:ui-monospace,'DejaVu Sans Mono','Cascadia Mono','Roboto Mono',Menlo,Consolas,monospace;font-size:.9375em;padding:0 .25em}
mark{background:#fdf1d8;color:inherit}
img,svg{height:auto;max-width:100%}
figure{margin:1.5rem 0}
figure img{border-radius:8px;display:block}
figcaption{color:#545c6b;font-size:.9375rem;margin-top:.5rem}
hr{border:0;border-top:1px solid #ddd6c8;margin:2rem 0}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #ddd6c8;padding:.5rem;text-align:left;vertical-align:top}
.kopa-checklist{list-style:none;padding-left:0}
.kopa-align-center{text-align:center}
.kopa-align-right,.kopa-align-end{text-align:end}
.kopa-align-left,.kopa-align-start{text-align:start}
.kopa-align-justify{text-align:justify}
.kopa-board svg{display:block;width:100%}
.kopa-muted{color:#545c6b}
.kopa-glossary{list-style:none;padding:0}
.kopa-glossary-term{align-items:flex-start;border-bottom:1px solid #ddd6c8;display:flex;flex-wrap:wrap;gap:.75rem 1rem;padding:.75rem 0}
.kopa-glossary-term figure{flex:0 0 6rem;margin:0}
.kopa-glossary-term dl{display:grid;flex:1 1 16rem;gap:.5rem 1rem;grid-template-columns:repeat(auto-fill,minmax(8rem,1fr));margin:0}
.kopa-glossary-term dt{color:#545c6b;font-size:.8125rem}
.kopa-glossary-term dd{font-weight:600;margin:0;overflow-wrap:anywhere}
.kopa-licence{margin:0}
.kopa-wide .kopa-header,.kopa-wide .kopa-main,.kopa-wide .kopa-footer{max-width:72rem}
.kopa-parallel{margin:1.5rem 0}
.kopa-parallel-head,.kopa-parallel-row{display:grid;gap:0 2rem}
.kopa-parallel-cols-2>div{grid-template-columns:repeat(2,minmax(0,1fr))}
.kopa-parallel-cols-3>div{grid-template-columns:repeat(3,minmax(0,1fr))}
.kopa-parallel-cols-4>div{grid-template-columns:repeat(4,minmax(0,1fr))}
.kopa-parallel-head{border-bottom:2px solid #ddd6c8;margin-bottom:1rem}
.kopa-parallel-lang{font-weight:700;margin:0 0 .5rem}
.kopa-parallel-tag{display:none}
.kopa-parallel-across{margin:0 0 1rem}
@media (max-width:40rem){
.kopa-parallel-head{display:none}
.kopa-parallel-row{display:block;border-left:4px solid #ddd6c8;margin:0 0 1.25rem;padding-left:.75rem}
.kopa-parallel-cell+.kopa-parallel-cell{background:#f6f3ec;border-radius:8px;margin-top:.5rem;padding:.5rem .75rem}
.kopa-parallel-cell .kopa-document>:last-child{margin-bottom:0}
.kopa-parallel-tag{color:#545c6b;display:block;font-size:.8125rem;font-weight:700;margin:0 0 .25rem}
.kopa-parallel-missing{display:none}
}
@media print{
@page{margin:2cm 1.8cm}
html{background:#fff;color:#000;font-size:11pt}
body{padding:0}
.kopa-header,.kopa-main,.kopa-footer{max-width:none}
.kopa-header nav,.kopa-no-print{display:none}
.kopa-main{border:0;border-radius:0;box-shadow:none;padding:0}
a{color:inherit}
.kopa-main a[href^="http"]::after,.kopa-licence a::after{color:#545c6b;content:" (" attr(href) ")";font-size:.85em;overflow-wrap:anywhere}
figure img{max-height:12cm;width:auto}
blockquote{background:none;border-left-color:#b9b09e}
h1,h2,h3,h4,h5,h6{break-after:avoid;page-break-after:avoid}
figure,img,svg,blockquote,li,tr{break-inside:avoid;page-break-inside:avoid}
p{orphans:3;widows:3}
.kopa-footer{border-top:1px solid #b9b09e;margin-top:1.5rem;padding-top:.5rem}
}
`.trim();
