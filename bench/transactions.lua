-- wrk script for `./landinfo bench transactions`: each line of the request file is one transaction,
-- "<If-Match value>\t<JSON body>", used exactly once: every thread walks its own slice, and a thread
-- that runs out of requests stops sending real ones (it sends a cheap GET that is not counted as a
-- transaction and marks the run as exhausted, so the script can say the line is invalid).
--
-- Every refusal (any status but 2xx) is appended, status and body, to <requests file>.refused, so an
-- invalid line says why.
--
-- Arguments (after --): <requests file> <number of threads>

local lines = {}
local threads = {}
local counter = 0

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
    table.insert(threads, thread)
end

function init(args)
    for line in io.lines(args[1]) do
        lines[#lines + 1] = line
    end
    local slice = math.floor(#lines / tonumber(args[2]))
    first = id * slice
    slice_size = slice
    sent = 0
    exhausted = 0
    refused_log = args[1] .. ".refused"
end

function response(status, headers, body)
    if status >= 300 and exhausted == 0 then
        local f = io.open(refused_log, "a")
        if f then
            f:write(string.format("%d\t%s\n", status, string.gsub(string.sub(body or "", 1, 600), "\n", " ")))
            f:close()
        end
    end
end

function request()
    if sent >= slice_size then
        exhausted = 1
        return wrk.format("GET", "/api/v1/land-use-codes")
    end
    local line = lines[first + sent + 1]
    sent = sent + 1
    local tab = string.find(line, "\t", 1, true)
    local etag = string.sub(line, 1, tab - 1)
    local body = string.sub(line, tab + 1)
    return wrk.format("POST", "/api/v1/transactions", {
        ["Content-Type"] = "application/json",
        ["If-Match"] = etag,
        ["X-Landinfo-Officer"] = "bench-officer"
    }, body)
end

function done(summary, latency, requests)
    local ex = 0
    for _, thread in ipairs(threads) do
        if thread:get("exhausted") == 1 then ex = ex + 1 end
    end
    io.write(string.format("WRK requests=%d duration_us=%d non2xx=%d connect=%d read=%d write=%d timeout=%d exhausted_threads=%d p50_us=%d p99_us=%d\n",
        summary.requests, summary.duration, summary.errors.status, summary.errors.connect, summary.errors.read,
        summary.errors.write, summary.errors.timeout, ex, latency:percentile(50), latency:percentile(99)))
end
