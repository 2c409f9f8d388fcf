-- wrk script for `./landinfo bench transactions`: each line of the request file is one transaction,
-- "<If-Match value>\t<JSON body>", used exactly once: every thread walks its own slice, and a thread
-- that runs out of requests stops sending real ones (it sends a cheap GET that is not counted as a
-- transaction and marks the run as exhausted, so the script can say the line is invalid).
--
-- Every refusal (any status but 2xx) is appended, status and body, to <requests file>.refused, so an
-- invalid line says why.
--
-- Arguments (after --): <requests file> <number of threads>

package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local slices = require("slices")

local lines = {}
local threads = slices.number_threads()

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
    slices.write_summary(summary, latency, "exhausted_threads", slices.count(threads, "exhausted"))
end
