// A stand-in writer thread that stops before answering anything: the app must fail writes, not hang.
process.exit(3);
