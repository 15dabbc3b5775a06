/**
 * The desktop host. Everything Electron-specific lives here and stays thin: a locked-down window,
 * a custom protocol serving the built renderer, and one validated IPC channel into dispatch.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  protocol,
  session,
  shell,
  type IpcMainInvokeEvent,
} from 'electron';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HostServices } from '../core/host-services';
import { importSeedsIfNew } from '../core/pages/import-seeds';
import { IPC_CHANNEL } from './bridge';
import { dispatch } from './dispatch';
import { electronNativeBinding } from './native-binding';
import { openContext, type OpenedContext } from './open-context';
import { projectRoot } from './paths';
import { CONTENT_SECURITY_POLICY } from './security-policy';

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
let archive: OpenedContext | null = null;

function serveRenderer(): void {
  protocol.handle(SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'app') return new Response('not found', { status: 404 });
    const rel = normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)).replace(
      /^[/\\]+/,
      '',
    );
    const file = join(rendererDir, rel);
    if (!file.startsWith(rendererDir + sep) || !existsSync(file))
      return new Response('not found', { status: 404 });
    const types: Record<string, string> = {
      '.html': 'text/html',
      '.js': 'text/javascript',
      '.css': 'text/css',
    };
    return new Response(await readFile(file), {
      headers: {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      },
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
  archive?.close();
  archive = null;
  app.quit();
});

void app.whenReady().then(() => {
  // An archive app needs no camera, microphone, notifications or geolocation: refuse them all.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, grant) => grant(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  const dbPath = process.env.JIANBAO_DB ?? join(app.getPath('userData'), 'archive.db');
  archive = openContext(dbPath, { nativeBinding: electronNativeBinding(projectRoot(here)) });
  importSeedsIfNew(archive.ctx.db, archive.created, join(projectRoot(here), 'seeds'));
  archive.ctx.host = hostServices();
  const ctx = archive.ctx;
  ipcMain.handle(IPC_CHANNEL, async (event, name: unknown, input: unknown) => {
    if (!fromOurWindow(event)) return { ok: false, error: { code: 'unauthorized' } };
    if (typeof name !== 'string') return { ok: false, error: { code: 'unknown-operation' } };
    return dispatch(ctx, name, input);
  });
  serveRenderer();
  createWindow();
});
