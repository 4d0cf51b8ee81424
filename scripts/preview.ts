/**
 * `npm run preview`: serves the production build (dist/) on http://127.0.0.1:3001/ so the task pane can be tried in
 * a plain browser, outside Office, on the bundled sample or a chosen .xlsx. Run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir } from './staticServer';

async function main(): Promise<void> {
  const dist = join(__dirname, '..', 'dist');
  if (!existsSync(join(dist, 'taskpane.html'))) {
    console.error('找不到 dist/taskpane.html：请先运行 npm run build。');
    process.exit(2);
  }
  const port = Number(process.env.PORT ?? 3001);
  const { url } = await serveDir(dist, port);
  console.log(
    `台账助手任务窗格（脱离 Office 运行）：${url}taskpane.html   （英文界面：${url}taskpane.html?lang=en；Ctrl+C 停止）`,
  );
}

void main();
