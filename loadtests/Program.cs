using PeoplesCongress.LoadTests;

return await BallotBurst.RunAsync(args);
