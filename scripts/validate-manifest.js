// `npm run validate`: checks manifest.xml offline (see scripts/manifestCheck.js), and dist/manifest.xml when a
// production build exists. Also runs `office-addin-manifest info`, Microsoft's own local parser.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { checkManifest } = require('./manifestCheck');

async function main() {
  const root = path.join(__dirname, '..');
  const targets = [path.join(root, 'manifest.xml')];
  const dist = path.join(root, 'dist', 'manifest.xml');
  if (fs.existsSync(dist)) targets.push(dist);
  // The adapter's floor, read from its source so the two cannot drift apart.
  const req = fs.readFileSync(path.join(root, 'src', 'excel', 'requirements.ts'), 'utf8');
  const minExcelApi = (/MIN_EXCEL_API = '([\d.]+)'/.exec(req) || [])[1];
  let failed = false;
  for (const file of targets) {
    const rel = path.relative(root, file);
    const r = await checkManifest(fs.readFileSync(file, 'utf8'), {
      assetsDir: path.join(path.dirname(file), 'assets'),
      minExcelApi,
    });
    for (const w of r.warnings) console.log(`⚠ ${rel}: ${w}`);
    for (const e of r.errors) console.log(`✖ ${rel}: ${e}`);
    if (r.errors.length) failed = true;
    else console.log(`✔ ${rel}: 清单检查通过（源 ${r.origin}，ExcelApi ${r.excelApi}，${r.urls.length} 个 URL）`);
    try {
      execFileSync(process.execPath, [path.join(root, 'node_modules/office-addin-manifest/cli.js'), 'info', file], {
        stdio: 'pipe',
      });
      console.log(`✔ ${rel}: office-addin-manifest info 解析通过`);
    } catch (e) {
      failed = true;
      console.log(`✖ ${rel}: office-addin-manifest info 解析失败：${String(e.stderr || e.message).split('\n')[0]}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

main();
