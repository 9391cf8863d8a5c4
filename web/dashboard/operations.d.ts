// The operations in operations/ are bundled as text (esbuild's text loader).
declare module '*.graphql' {
  const operation: string;
  export default operation;
}
