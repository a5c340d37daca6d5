using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.LoadTests;

/// <summary>Takes the same <see cref="CastRequest"/> as the venue hub and stores it as it came.</summary>
internal sealed class BareHub(BareWriter writer) : Hub
{
    public async Task<CastReceipt> Cast(CastRequest request)
    {
        await writer.AppendAsync(JsonSerializer.Serialize(request));
        return new CastReceipt(request.BallotId, Duplicate: false);
    }
}
