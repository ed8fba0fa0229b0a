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
