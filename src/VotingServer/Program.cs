using PeoplesCongress.VotingServer;

var demo = args.Contains("--demo");
var app = VenueApp.Build(args.Where(a => a != "--demo").ToArray());
await app.PrepareAsync();
await app.StartAsync();
if (demo) Console.WriteLine(await app.SeedDemoAsync());
await app.WaitForShutdownAsync();
