// Offline manifest check. Microsoft's hosted validator cannot be reached from here and the public XSDs were
// withdrawn, so this checks what the service would: element order and required elements of the OfficeApp XSD,
// every resid resolves, URLs are https on one origin, icons exist at their declared sizes, requirement sets,
// unique ids, string lengths, and zh-CN / en-US strings.
const fs = require('fs');
const path = require('path');
const xml2js = require('xml2js');

// xs:sequence of OfficeApp (TaskPaneApp) in the 1.1 schema, in order.
const OFFICEAPP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'VersionOverrides',
  'ExtendedOverrides',
];
const REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'DefaultSettings',
  'Permissions',
];
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47) return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Walks the parsed tree, calling fn(name, node) for every element. */
function walk(name, node, fn) {
  if (typeof node !== 'object' || node === null) return;
  fn(name, node);
  for (const [k, v] of Object.entries(node)) {
    if (k === '$' || k === '_' || k === '#name' || k === '$$') continue;
    for (const child of Array.isArray(v) ? v : [v]) walk(k, child, fn);
  }
}

const attr = (node, a) => (node && node.$ ? node.$[a] : undefined);
const localName = (n) => n.replace(/^.*:/, '');

async function checkManifest(xmlText, options = {}) {
  const errors = [];
  const warnings = [];
  let doc;
  try {
    doc = await xml2js.parseStringPromise(xmlText, { explicitChildren: true, preserveChildrenOrder: true });
  } catch (e) {
    return { errors: [`XML 无法解析：${e.message}`], warnings, origin: null };
  }
  const root = doc.OfficeApp;
  if (!root) return { errors: ['根元素必须是 OfficeApp'], warnings, origin: null };
  checkRootElements(root, errors);
  checkLocalisedNames(root, errors);
  const { hosts, excelApi } = checkHostsAndRequirements(root, errors, options.minExcelApi);
  const { urls, origin } = checkUrls(root, errors, warnings);
  const vo = root.VersionOverrides && root.VersionOverrides[0];
  if (!vo) errors.push('缺少 <VersionOverrides>（功能区按钮）');
  else checkVersionOverrides(vo, errors);
  if (options.assetsDir) checkIcons(vo, urls, options.assetsDir, errors);
  return { errors, warnings, origin, excelApi, hosts, urls: urls.map((u) => u.url) };
}

/** Namespace and type, element order and required elements of the XSD, and the simple values. */
function checkRootElements(root, errors) {
  if (attr(root, 'xsi:type') !== 'TaskPaneApp') errors.push('OfficeApp 的 xsi:type 必须是 TaskPaneApp');
  if (attr(root, 'xmlns') !== 'http://schemas.microsoft.com/office/appforoffice/1.1')
    errors.push('OfficeApp 的命名空间必须是 appforoffice/1.1');
  const order = (root.$$ || []).map((c) => localName(c['#name']));
  let last = -1;
  for (const name of order) {
    const i = OFFICEAPP_ORDER.indexOf(name);
    if (i < 0) errors.push(`OfficeApp 下不认识的元素 <${name}>`);
    else if (i < last) errors.push(`<${name}> 的位置不对：须按架构顺序 ${OFFICEAPP_ORDER.join(', ')}`);
    else last = i;
  }
  for (const r of REQUIRED) if (!order.includes(r)) errors.push(`缺少必需元素 <${r}>`);
  const text = (n) =>
    root[n] && root[n][0] ? (typeof root[n][0] === 'string' ? root[n][0] : root[n][0]._) : undefined;
  if (!GUID.test(text('Id') || '')) errors.push('<Id> 必须是 GUID');
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text('Version') || '')) errors.push('<Version> 格式应为 1.0.0.0');
  if (text('DefaultLocale') !== 'zh-CN') errors.push('<DefaultLocale> 应为 zh-CN');
  if (text('Permissions') !== 'ReadWriteDocument') errors.push('<Permissions> 应为 ReadWriteDocument（只要这一项）');
}

/** DisplayName and Description: a default within its length, and an en-US override. */
function checkLocalisedNames(root, errors) {
  for (const n of ['DisplayName', 'Description']) {
    const el = root[n] && root[n][0];
    const dv = attr(el, 'DefaultValue') || '';
    const max = n === 'DisplayName' ? 125 : 250;
    if (!dv) errors.push(`<${n}> 缺少 DefaultValue`);
    if (dv.length > max) errors.push(`<${n}> 超过 ${max} 个字符`);
    const ov = (el && el.Override) || [];
    if (!ov.some((o) => attr(o, 'Locale') === 'en-US')) errors.push(`<${n}> 缺少 en-US 的 Override`);
  }
}

function checkHostsAndRequirements(root, errors, minExcelApi) {
  const hosts = [];
  walk('OfficeApp', { Hosts: root.Hosts }, (name, node) => {
    if (name === 'Host' && attr(node, 'Name')) hosts.push(attr(node, 'Name'));
  });
  if (!hosts.includes('Workbook')) errors.push('<Hosts> 必须包含 Workbook');
  let excelApi = null;
  walk('Requirements', root.Requirements && root.Requirements[0], (name, node) => {
    if (name === 'Set' && attr(node, 'Name') === 'ExcelApi') excelApi = attr(node, 'MinVersion');
  });
  if (!excelApi) errors.push('<Requirements> 必须声明 ExcelApi 要求集');
  // The manifest's floor must be the adapter's (src/excel/requirements.ts MIN_EXCEL_API): a higher one keeps hosts
  // out that would work, a lower one lets in hosts the adapter then refuses.
  if (excelApi && minExcelApi && excelApi !== minExcelApi) {
    errors.push(
      `<Requirements> 声明 ExcelApi ${excelApi}，与加载项的最低要求 ExcelApi ${minExcelApi}（src/excel/requirements.ts）不一致`,
    );
  }
  return { hosts, excelApi };
}

/** Every URL https, all on one origin, that origin in AppDomains. */
function checkUrls(root, errors, warnings) {
  const urls = [];
  walk('OfficeApp', root, (name, node) => {
    const dv = attr(node, 'DefaultValue');
    if (dv && /^[a-z]+:\/\//i.test(dv)) urls.push({ name, id: attr(node, 'id'), url: dv, size: attr(node, 'size') });
  });
  const appDomains = ((root.AppDomains && root.AppDomains[0].AppDomain) || []).map((d) =>
    typeof d === 'string' ? d : d._,
  );
  let origin = null;
  for (const u of urls) {
    let parsed;
    try {
      parsed = new URL(u.url);
    } catch {
      errors.push(`无效的 URL：${u.url}`);
      continue;
    }
    if (parsed.protocol !== 'https:') errors.push(`URL 必须是 https：${u.url}`);
    if (origin === null) origin = parsed.origin;
    else if (parsed.origin !== origin) errors.push(`URL 的源不一致：${u.url}（应为 ${origin}）`);
  }
  if (origin && !appDomains.includes(origin)) warnings.push(`<AppDomains> 未列出 ${origin}`);
  return { urls, origin };
}

/** The ribbon: resources (unique ids, lengths, en-US), every resid resolves, unique control ids, a ShowTaskpane. */
function checkVersionOverrides(vo, errors) {
  const resources = {};
  walk('VersionOverrides', vo.Resources && vo.Resources[0], (name, node) => {
    const id = attr(node, 'id');
    if (!id || !['bt:Image', 'bt:Url', 'bt:String'].includes(name)) return;
    if (resources[id]) errors.push(`资源 id 重复：${id}`);
    resources[id] = { name, node };
    if (id.length > 32) errors.push(`资源 id 超过 32 个字符：${id}`);
    if (name === 'bt:String') checkString(vo, id, node, errors);
  });
  const controlIds = new Set();
  let showsTaskpane = false;
  walk('VersionOverrides', vo, (name, node) => {
    const resid = attr(node, 'resid');
    if (resid && !resources[resid]) errors.push(`resid "${resid}"（<${name}>）找不到对应资源`);
    if ((name === 'Control' || name === 'Group' || name === 'OfficeTab') && attr(node, 'id')) {
      const id = attr(node, 'id');
      if (name !== 'OfficeTab' && controlIds.has(id)) errors.push(`控件 id 重复：${id}`);
      controlIds.add(id);
    }
    if (name === 'Action' && attr(node, 'xsi:type') === 'ShowTaskpane') showsTaskpane = true;
  });
  if (!showsTaskpane) errors.push('功能区没有打开任务窗格的按钮（ShowTaskpane）');
}

/** A bt:String within 125 characters (250 for a long string), with an en-US override. */
function checkString(vo, id, node, errors) {
  const dv = attr(node, 'DefaultValue') || '';
  const long = vo.Resources[0]['bt:LongStrings'] && walkHas(vo.Resources[0]['bt:LongStrings'], id);
  if (dv.length > (long ? 250 : 125)) errors.push(`字符串 ${id} 过长`);
  const ov = node['bt:Override'] || [];
  if (!ov.some((o) => attr(o, 'Locale') === 'en-US')) errors.push(`字符串 ${id} 缺少 en-US 的 Override`);
}

/** Icons exist in assets/ at their declared sizes (a bt:Image resource takes the size of the references to it). */
function checkIcons(vo, urls, assetsDir, errors) {
  const refSize = {};
  walk('OfficeApp', vo || {}, (name, node) => {
    if (name === 'bt:Image' && attr(node, 'resid') && attr(node, 'size'))
      refSize[attr(node, 'resid')] = Number(attr(node, 'size'));
  });
  const sizeOf = (u) =>
    u.id && refSize[u.id] ? refSize[u.id] : u.name === 'IconUrl' ? 32 : u.name === 'HighResolutionIconUrl' ? 64 : null;
  for (const u of urls.filter((x) => /\.png$/i.test(x.url))) {
    const size = sizeOf(u);
    const file = path.join(assetsDir, path.basename(new URL(u.url).pathname));
    if (!fs.existsSync(file)) {
      errors.push(`图标文件不存在：${file}`);
      continue;
    }
    const s = pngSize(file);
    if (!s) errors.push(`图标不是 PNG：${file}`);
    else if (size && (s.width !== size || s.height !== size))
      errors.push(`图标 ${path.basename(file)} 是 ${s.width}×${s.height}，应为 ${size}×${size}`);
  }
}

function walkHas(tree, id) {
  let found = false;
  walk('x', { x: tree }, (_n, node) => {
    if (attr(node, 'id') === id) found = true;
  });
  return found;
}

module.exports = { checkManifest, OFFICEAPP_ORDER };
