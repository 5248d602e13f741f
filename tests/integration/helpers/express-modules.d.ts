// express and express-pouchdb ship no types; only the reference server in tests and the bench use them.
declare module 'express-pouchdb' {
  const expressPouchDB: (pouch: unknown, opts?: Record<string, unknown>) => (req: unknown, res: unknown, next: unknown) => void;
  export default expressPouchDB;
}
declare module 'express' {
  interface App {
    use(path: string, handler: unknown): App;
    listen(port: number, host: string, cb?: () => void): import('node:http').Server;
  }
  const express: () => App;
  export default express;
}
