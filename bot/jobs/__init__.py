"""Durable reading jobs (issue 14): uploads queued on Huey, read in a supervised child process
per job (own process group, time and memory limits), recovered after a crash.

    queue.py     the Huey instance, the reading task, QueueReader (the dialogue's DocumentReader)
                 and start-up recovery of jobs whose bot died
    child.py     the reading child: `python -m bot.jobs.child`, one per job
    supervise.py runs one child: time limit (killpg), memory limit (RLIMIT_AS), progress
    reasons.py   any failure -> a Polish sentence with a reason
    lifeline.py  no process outlives its parent (PR_SET_PDEATHSIG)
"""
