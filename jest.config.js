/** Jest: ts-jest compiles TypeScript to CommonJS for Node; taskpane tests opt into jsdom per file. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      'ts-jest',
      {
        tsconfig: {
          module: 'commonjs',
          moduleResolution: 'node',
          jsx: 'react-jsx',
          allowJs: true,
          esModuleInterop: true,
          resolveJsonModule: true,
          isolatedModules: true,
          types: ['node', 'jest', 'office-js'],
        },
        diagnostics: false,
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(strip-bom|uuid|@microsoft/app-manifest|office-addin-manifest)/)'],
  testTimeout: 60000,
};
