/** Work starts at the server's clock, never a client's: a permit used outside its window is refused. */
export class StartHotWorkRequest {}
