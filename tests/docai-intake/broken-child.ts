/** A child entry that dies while starting, as when the text module cannot be loaded. */
throw new Error('stand-in: cannot load the text module');
export {};
