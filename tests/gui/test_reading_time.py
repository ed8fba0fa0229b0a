from gui.reading_time import IDLE_LIMIT_S, ReadingTime


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_time_read_is_counted_from_the_start():
    clock = FakeClock()
    reading = ReadingTime(clock)
    clock.now += 95
    reading.touch()
    assert reading.take(0.2) == (95, 0.2)


def test_time_after_the_idle_limit_is_not_counted():
    clock = FakeClock()
    reading = ReadingTime(clock)
    clock.now += 3600
    assert reading.take(0.0)[0] == IDLE_LIMIT_S


def test_the_next_take_counts_from_the_last():
    clock = FakeClock()
    reading = ReadingTime(clock)
    clock.now += 30
    reading.take(0.0)
    clock.now += 10
    reading.touch()
    assert reading.take(0.0)[0] == 10


def test_the_furthest_point_is_kept_when_reading_goes_back_up():
    reading = ReadingTime(FakeClock())
    reading.reached(0.8)
    assert reading.take(0.3)[1] == 0.8


def test_a_restart_forgets_the_furthest_point():
    reading = ReadingTime(FakeClock())
    reading.reached(0.8)
    reading.restart()
    assert reading.take(0.1)[1] == 0.1


def test_time_after_a_pause_is_not_counted():
    clock = FakeClock()
    reading = ReadingTime(clock)
    clock.now += 40
    reading.pause()
    clock.now += 120
    assert reading.take(0.0)[0] == 40


def test_a_second_take_while_paused_gives_nothing():
    clock = FakeClock()
    reading = ReadingTime(clock)
    clock.now += 40
    reading.pause()
    reading.take(0.0)
    clock.now += 120
    assert reading.take(0.0)[0] == 0


def test_counting_starts_again_at_resume():
    clock = FakeClock()
    reading = ReadingTime(clock)
    reading.pause()
    clock.now += 600
    reading.resume()
    clock.now += 25
    assert reading.take(0.0)[0] == 25


def test_the_idle_limit_counts_from_the_resume():
    clock = FakeClock()
    reading = ReadingTime(clock)
    reading.pause()
    clock.now += 600
    reading.resume()
    clock.now += 3600
    assert reading.take(0.0)[0] == IDLE_LIMIT_S
