#pragma once

// Time in tests: how long a test lets something take before it calls that a failure.
//
// The suite must pass on a busy machine, not only on an idle developer machine: a CI runner with
// two cores shared with two busy processes (a parallel build, another ctest), and the
// AddressSanitizer + UndefinedBehaviorSanitizer build (CMakePresets.json "asan"), where the
// instrumented code runs several times slower. There a step that takes 5 ms on an idle machine
// can take a second, and a timer can fire a second late. It never fires early: the product's
// deadline timers are Qt::PreciseTimer (a coarse timer may fire up to 5 % before its interval).
//
// So, in every test (tests/unit, tests/integration, tests/gui; tests/bench only measures):
// - A lower bound is exact. A test whose clock starts before the job starts its timer asserts
//   `elapsed >= configuredTimeout`, no "380 for 400". A time measured from a later point (inside
//   the product, inside a child process) says in a comment why its bound still holds.
// - An upper bound is `configuredTimeout + SlowMachineSlackMs`. It is there to catch "it waited
//   for the wrong, much longer timeout" and "it hung", never to measure speed.
// - "It did not wait for a timeout" is shown against a timeout far longer than the slack (the
//   test sets it to 30 s if need be): `elapsed < SlowMachineSlackMs`, never "< 100 ms".
// - QTRY_*_WITH_TIMEOUT, QSignalSpy::wait() and waitFor*() for something that should happen get
//   at least 10 s: they return as soon as it has happened, so a long limit costs nothing when the
//   test passes.
// - QTest::qWait(n) only gives something that must NOT happen a chance to show up (a second
//   finished(), a late reply); it never waits "long enough" for something that should happen.
// - A CPU-time budget (std::clock(), not wall time, so that a busy machine does not count) is
//   multiplied by CpuBudgetFactor.

namespace Postaci::Test {

// How much longer than planned anything may take on a slow machine before a test fails.
constexpr int SlowMachineSlackMs = 5000;

// CPU-time budgets are performance checks (the offline catalog answers well under a second, a
// hostile autoconfig document is refused without a blow-up). Under the sanitizers the project's
// own code runs up to ten times slower; what the budgets are there to catch (a quadratic or
// exponential cost) is orders of magnitude more, so a tenfold budget still catches it.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define POSTACI_TEST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define POSTACI_TEST_SANITIZED 1
#endif
#endif

#ifdef POSTACI_TEST_SANITIZED
constexpr int CpuBudgetFactor = 10;
#else
constexpr int CpuBudgetFactor = 1;
#endif

} // namespace Postaci::Test
