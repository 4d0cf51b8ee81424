/**
 * Webpack for the task pane and the ribbon command page, shaped like the official Office add-in template:
 * dev URLs https://localhost:3000/ in manifest.xml are swapped for the production URL when building for production.
 * Everything the page needs (office.js included) is copied into dist/, so the pane loads without network.
 */
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const urlDev = 'https://localhost:3000/';
const urlProd = (process.env.TAIZHANG_URL || 'https://taizhang.yuanhui.gov.cn/').replace(/\/?$/, '/');

/** Swaps the dev URL for the production one, with and without the trailing slash (AppDomain has none). */
function toProductionUrls(text) {
  return text.split(urlDev).join(urlProd).split(urlDev.slice(0, -1)).join(urlProd.slice(0, -1));
}
const officeJsDir = path.join(__dirname, 'node_modules/@microsoft/office-js/dist');

/** The office.js files an Excel pane needs: the loader, Excel host scripts, and the zh-CN / en-US strings. */
function officeJsPatterns() {
  const keep = (rel) =>
    !rel.endsWith('.debug.js') &&
    (rel === 'office.js' ||
      rel === 'o15apptofilemappingtable.js' ||
      /^excel[^/]*\.js$/.test(rel) ||
      /^(zh-cn|en-us)\/office_strings\.js$/.test(rel) ||
      rel.startsWith('telemetry/'));
  return [
    {
      from: '**/*',
      context: officeJsDir,
      to: 'office-js/',
      noErrorOnMissing: true,
      filter: (abs) => keep(path.relative(officeJsDir, abs).split(path.sep).join('/')),
    },
  ];
}

/** HTTPS options for the dev server; only asked for when serving, so an offline build never needs certificates. */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, options) => {
  const dev = options.mode !== 'production';
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const samplesDir = path.join(__dirname, 'samples');
  const hasSamples = fs.existsSync(samplesDir) && fs.readdirSync(samplesDir).some((f) => f.endsWith('.xlsx'));

  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js',
      clean: true,
      publicPath: 'auto',
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      // ExcelJS's browser build wants none of Node's built-ins in the pane.
      fallback: { fs: false, path: false, os: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json' } },
        },
      ],
    },
    optimization: {
      splitChunks: { chunks: 'async' },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]' },
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            transform(content) {
              return dev ? content : toProductionUrls(content.toString());
            },
          },
          ...officeJsPatterns(),
          ...(hasSamples ? [{ from: 'samples/*.xlsx', to: 'samples/[name][ext]' }] : []),
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: serving ? { type: 'https', options: await httpsOptions() } : 'http',
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
