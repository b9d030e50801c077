/**
 * The composition root: the only library that imports "upwards" to wire the others together — PlatformModule for
 * every app, and the data source with every library's entities and migrations.
 */
export * from './data-source';
export * from './platform.module';
