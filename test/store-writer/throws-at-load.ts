// A stand-in writer thread that fails while loading, as one would on a database it cannot open.
throw new Error('cannot open the database');
