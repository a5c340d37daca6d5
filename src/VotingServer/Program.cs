using PeoplesCongress.VotingServer;

var demo = args.Contains("--demo");
var app = VenueApp.Build(args.Where(a => a != "--demo").ToArray());
var seeded = await app.PrepareAsync(demo);
await app.StartAsync();
if (seeded is not null) Console.WriteLine(seeded.Describe(app.Urls.ToList()));
await app.WaitForShutdownAsync();
