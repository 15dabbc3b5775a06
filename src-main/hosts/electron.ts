/**
 * The desktop host. Everything Electron-specific lives here and stays thin: a locked-down window,
 * a custom protocol serving the built renderer, and one validated IPC channel into the core, which
 * runs in its own utilityProcess (core-process.ts) so SQLite never blocks this thread.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  protocol,
  session,
  shell,
  utilityProcess,
  type IpcMainInvokeEvent,
  type UtilityProcess,
} from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HostServices } from '../core/host-services';
import { tidyTempLeftovers } from '../core/tidy-leftovers';
import { IPC_CHANNEL } from './bridge';
import { CORE_ENV, CoreClient, type FromCore } from './core-channel';
import { electronNativeBinding } from './native-binding';
import { projectRoot, resolveDbPath } from './paths';
import { messageFor, type AppError } from '../result';
import { readStatic, SECURITY_HEADERS } from './static-files';

const SCHEME = 'jianbao';
const APP_ORIGIN = `${SCHEME}://app`;
const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const devUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;

// Every renderer sandboxed, whatever a future window forgets to set.
app.enableSandbox();

protocol.registerSchemesAsPrivileged([
  { scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;
let core: UtilityProcess | null = null;

function serveRenderer(): void {
  protocol.handle(SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'app') return new Response('not found', { status: 404 });
    const file = await readStatic(rendererDir, url.pathname);
    return new Response(typeof file.body === 'string' ? file.body : new Uint8Array(file.body), {
      status: file.status,
      headers: { ...SECURITY_HEADERS, 'Content-Type': file.type },
    });
  });
}

/** Only our own window's main frame, showing our own origin, may call operations (cf. VS Code's validatedIpcMain). */
function fromOurWindow(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!mainWindow || !frame || event.sender !== mainWindow.webContents) return false;
  if (frame !== mainWindow.webContents.mainFrame) return false;
  const origin = new URL(frame.url).origin;
  return origin === APP_ORIGIN || (devUrl !== undefined && origin === new URL(devUrl).origin);
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 820,
    title: '剪报 Jianbao',
    show: false,
    webPreferences: {
      preload: join(here, '..', 'preload', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`);
}

/** Save dialog and PDF printing for exports: what only the desktop host can lend the core. */
function hostServices(): HostServices {
  return {
    chooseSavePath: async (name) => {
      const options = { defaultPath: join(app.getPath('documents'), name) };
      const r = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    printToPdf: async (html) => {
      // A hidden, script-less window prints the export's own HTML; a file avoids data: URL size limits.
      const dir = mkdtempSync(join(tmpdir(), 'jianbao-print-'));
      const win = new BrowserWindow({ show: false, webPreferences: { sandbox: true, javascript: false } });
      try {
        writeFileSync(join(dir, 'export.html'), html);
        await win.loadFile(join(dir, 'export.html'));
        return new Uint8Array(
          await win.webContents.printToPDF({
            pageSize: 'A4',
            printBackground: true,
            generateDocumentOutline: true,
            generateTaggedPDF: true,
          }),
        );
      } finally {
        win.destroy();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links to the web open in the user's browser, never inside the app.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

app.on('window-all-closed', () => {
  core?.kill();
  core = null;
  app.quit();
});

/** The desktop app is one window on one archive: a second launch focuses the first instead. */
const firstInstance = app.requestSingleInstanceLock();
if (!firstInstance) app.quit();
app.on('second-instance', () => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});

/** A startup failure is a dialog and a clean exit, never a running process with no window. */
function failStartup(error: AppError): void {
  dialog.showErrorBox('剪报 Jianbao', `${messageFor(error, 'zh')}\n\n${messageFor(error, 'en')}`);
  app.exit(1);
}

/**
 * Forks the core process (core-process.ts) on the archive: it opens it, imports the seeds, rolls
 * the daily backups and serves operations. An archive it cannot open ends the app with the typed
 * error; calls made while the core is down answer `unavailable`.
 */
function startCore(dbPath: string): CoreClient {
  const root = projectRoot(here);
  core = utilityProcess.fork(join(here, 'core.js'), [], {
    serviceName: 'jianbao-core',
    env: {
      ...process.env,
      [CORE_ENV.db]: dbPath,
      [CORE_ENV.native]: electronNativeBinding(root) ?? '',
      [CORE_ENV.seeds]: join(root, 'seeds'),
    },
  });
  const client = new CoreClient((message) => core?.postMessage(message), hostServices());
  core.on('message', (message: FromCore) => {
    if (message.kind === 'startup-failed') failStartup(message.error);
    else client.receive(message);
  });
  core.on('exit', (code) => {
    core = null;
    client.fail(`core exited (${code})`);
  });
  return client;
}

function start(): void {
  // An archive app needs no camera, microphone, notifications or geolocation: refuse them all.
  // Copying a quote is the one exception, and only for our own window's page.
  session.defaultSession.setPermissionRequestHandler((contents, permission, grant) =>
    grant(permission === 'clipboard-sanitized-write' && contents === mainWindow?.webContents),
  );
  session.defaultSession.setPermissionCheckHandler(
    (contents, permission) =>
      permission === 'clipboard-sanitized-write' && contents === mainWindow?.webContents,
  );
  tidyTempLeftovers();
  const client = startCore(resolveDbPath(undefined));
  ipcMain.handle(IPC_CHANNEL, async (event, name: unknown, input: unknown) => {
    if (!fromOurWindow(event)) return { ok: false, error: { code: 'unauthorized' } };
    if (typeof name !== 'string') return { ok: false, error: { code: 'unknown-operation' } };
    // The core validates name, input and result against the contract (dispatch.ts).
    return client.invoke(name, input);
  });
  serveRenderer();
  createWindow();
}

if (firstInstance)
  void app.whenReady().then(() => {
    try {
      start();
    } catch (e) {
      // A missing native build or any other bug at startup: say so and exit rather than hang windowless.
      console.error('[jianbao] startup failed', e);
      failStartup({ code: 'internal', detail: e instanceof Error ? e.message.slice(0, 300) : String(e) });
    }
  });
