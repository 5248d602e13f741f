/** The console's one stylesheet, served as a file (the CSP allows no inline style). Large text, strong contrast, print rules. */
export const CONSOLE_CSS = `
*{box-sizing:border-box}
html{font-size:125%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#111;background:#fff}
a{color:#0b4f9c}
a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #e07b00;outline-offset:2px}
.skip{position:absolute;left:-999px}
.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:10}
header{background:#0b3d6e;color:#fff;padding:.75rem 1rem}
header .brand{font-weight:700;font-size:1.1rem}
nav ul{list-style:none;margin:.5rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
nav a{color:#fff;font-weight:600}
nav a[aria-current="page"]{text-decoration:underline 3px}
nav form{display:inline}
nav button{margin:0}
nav button{font-size:1rem;background:none;border:2px solid #fff;color:#fff;padding:.1rem .6rem;border-radius:6px;cursor:pointer}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0 1rem}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
.help{display:block;font-weight:400;color:#333;font-size:.9rem}
input[type=text],input[type=password],input[type=number],input[type=date],select,textarea{font-size:1rem;padding:.5rem;border:2px solid #555;border-radius:6px;width:100%;max-width:32rem;background:#fff;color:#111}
textarea{min-height:6rem;font-family:monospace}
input[type=file]{font-size:1rem}
button,.button{display:inline-block;font-size:1rem;font-weight:700;padding:.6rem 1.2rem;margin:1rem .5rem 0 0;border-radius:8px;border:2px solid #0b4f9c;background:#0b4f9c;color:#fff;cursor:pointer;text-decoration:none}
.button.secondary,button.secondary{background:#fff;color:#0b4f9c}
button.danger{background:#a4161a;border-color:#a4161a}
fieldset{border:2px solid #ccc;border-radius:8px;margin:1rem 0;padding:.5rem 1rem 1rem}
legend{font-weight:700}
label.radio{font-weight:400;margin:.4rem 0}
label.radio input{width:1.2rem;height:1.2rem;vertical-align:middle}
.filters{display:flex;flex-wrap:wrap;gap:0 1rem}
.filters label{margin-top:.25rem}
.filters input,.filters select{max-width:12rem}
.message{border-left:6px solid #0b4f9c;background:#eef4fb;padding:.75rem 1rem;margin:1rem 0}
.message.ok{border-color:#1b7a34;background:#edf7ef}
.message.error{border-color:#a4161a;background:#fbeeee}
.field-error{color:#a4161a;font-weight:600}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border:1px solid #bbb;padding:.4rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}
code,.code{font-family:ui-monospace,Menlo,Consolas,monospace}
.fingerprint{font-size:2rem;font-weight:700;letter-spacing:.1em}
.pager{display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
.sheet{border:3px solid #111;border-radius:10px;padding:1.5rem;max-width:40rem}
.sheet .code{font-size:2.6rem;font-weight:800;letter-spacing:.08em;display:block;margin:.5rem 0 1rem}
.sheet dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}
.sheet dt{font-weight:700}
.sheet dd{margin:0}
.sheet ol li{margin:.35rem 0}
.revoked{color:#a4161a;font-weight:600}
@media print{
  html{font-size:14pt}
  header,nav,.no-print,.skip{display:none!important}
  main{max-width:none;padding:0}
  .sheet{border-width:2pt;max-width:none}
  .sheet .code{font-size:34pt}
  a{color:#000;text-decoration:none}
}
`;

/** The only script: the print button of the enrolment sheet (works without it: Ctrl+P). */
export const CONSOLE_JS = `document.querySelectorAll('[data-print]').forEach(function(b){b.hidden=false;b.addEventListener('click',function(){window.print()})});`;
