; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

%struct.task_struct = type { i64, i64 }
%struct.cred = type { i64, i64, i64, i64, i64, i64, i64, i64, i64 }
%struct.anon.27 = type { i64 }
%struct.anon.29 = type { i64 }

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !_
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !_
@m_by = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !_
@m_cred = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !_
@m_euid = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !_
@m_pair = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !_
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !_
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !_

; Function Attrs: nounwind
@"llvm.cred:0:0$0:0:0" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.cred:0:12$0:3:0" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.cred:0:16$0:4:0" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.cred:0:20$0:5:0" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.cred:0:24$0:6:0" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.cred:0:28$0:7" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.cred:0:32$0:8" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.cred:0:4$0:1:0" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.cred:0:8$0:2:0" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.cred:2:1$0:0" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.cred:2:1$0:0:0" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.cred:2:1$0:1" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.cred:2:1$0:1:0" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.cred:2:1$0:2" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.cred:2:1$0:2:0" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.cred:2:1$0:3" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.cred:2:1$0:3:0" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.cred:2:1$0:4" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.cred:2:1$0:4:0" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.cred:2:1$0:5" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.cred:2:1$0:5:0" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.cred:2:1$0:6" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.cred:2:1$0:6:0" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.cred:2:1$0:7" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.cred:2:1$0:8" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.task_struct:0:136$0:0" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.task_struct:0:144$0:1" = external global i64, !llvm.preserve.access.index !_ #0
define i32 @begin0(i8* %ctx) #1 section "raw_tp" !dbg !_ {
entry:
  %tmp48 = alloca [2 x i64], align 8, !dbg !_
  %tmp47 = alloca [1 x i64], align 8, !dbg !_
  %tmp = alloca [1 x i64], align 8, !dbg !_
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !_, metadata !DIExpression()), !dbg !_
  %zero = alloca i32, align 4, !dbg !_
  store i32 0, i32* %zero, align 4, !dbg !_
  %0 = bitcast i32* %zero to i8*, !dbg !_
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #1, !dbg !_
  %.not = icmp eq i8* %1, null, !dbg !_
  br i1 %.not, label %return, label %body, !dbg !_

body:                                             ; preds = %entry
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(72) %1, i8 0, i64 72, i1 false), !dbg !_
  %2 = getelementptr i8, i8* %1, i64 72, !dbg !_
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(72) %2, i8 0, i64 72, i1 false), !dbg !_
  %3 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !_
  %4 = inttoptr i64 %3 to i8*, !dbg !_
  %5 = load i64, i64* @"llvm.task_struct:0:144$0:1", align 8
  %6 = getelementptr i8, i8* %4, i64 %5
  %7 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %6)
  %8 = bitcast [1 x i64]* %tmp to i8*, !dbg !_
  %9 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !_
  store i64 0, i64* %9, align 8, !dbg !_
  %10 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %8, i32 8, i8* %7) #1, !dbg !_
  %11 = load i64, i64* %9, align 8, !dbg !_
  %12 = inttoptr i64 %11 to i8*, !dbg !_
  %13 = load i32, i32* @"llvm.cred:2:1$0:0", align 4
  %14 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %13)
  %.not108 = icmp eq i32 %14, 0, !dbg !_
  br i1 %.not108, label %show.none, label %show.member, !dbg !_

return:                                           ; preds = %map.full104, %stat.inc106, %show.next103, %entry
  ret i32 0, !dbg !_

show.member:                                      ; preds = %body
  %15 = load i32, i32* @"llvm.cred:2:1$0:0:0", align 4
  %16 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %15)
  %.not143 = icmp eq i32 %16, 0, !dbg !_
  br i1 %.not143, label %show.none3, label %show.member2, !dbg !_

show.none:                                        ; preds = %body
  %17 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %2, i32 8, i8* null) #1, !dbg !_
  br label %show.next, !dbg !_

show.next:                                        ; preds = %show.none3, %show.member2, %show.none
  %18 = getelementptr i8, i8* %1, i64 80, !dbg !_
  %19 = load i32, i32* @"llvm.cred:2:1$0:1", align 4
  %20 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %19)
  %.not109 = icmp eq i32 %20, 0, !dbg !_
  br i1 %.not109, label %show.none6, label %show.member5, !dbg !_

show.member2:                                     ; preds = %show.member
  %21 = load i64, i64* @"llvm.cred:0:0$0:0:0", align 8
  %22 = getelementptr i8, i8* %12, i64 %21
  %23 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %22)
  %24 = bitcast i8* %2 to i64*, !dbg !_
  store i64 0, i64* %24, align 8, !dbg !_
  %25 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %2, i32 4, i8* %23) #1, !dbg !_
  %26 = bitcast i8* %2 to i32*, !dbg !_
  %27 = load i32, i32* %26, align 4, !dbg !_
  %28 = sext i32 %27 to i64, !dbg !_
  store i64 %28, i64* %24, align 8, !dbg !_
  br label %show.next, !dbg !_

show.none3:                                       ; preds = %show.member
  %29 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %2, i32 8, i8* null) #1, !dbg !_
  br label %show.next, !dbg !_

show.member5:                                     ; preds = %show.next
  %30 = load i32, i32* @"llvm.cred:2:1$0:1:0", align 4
  %31 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %30)
  %.not142 = icmp eq i32 %31, 0, !dbg !_
  br i1 %.not142, label %show.none9, label %show.member8, !dbg !_

show.none6:                                       ; preds = %show.next
  %32 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %18, i32 8, i8* null) #1, !dbg !_
  br label %show.next7, !dbg !_

show.next7:                                       ; preds = %show.none9, %show.member8, %show.none6
  %33 = getelementptr i8, i8* %1, i64 88, !dbg !_
  %34 = load i32, i32* @"llvm.cred:2:1$0:2", align 4
  %35 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %34)
  %.not110 = icmp eq i32 %35, 0, !dbg !_
  br i1 %.not110, label %show.none12, label %show.member11, !dbg !_

show.member8:                                     ; preds = %show.member5
  %36 = load i64, i64* @"llvm.cred:0:4$0:1:0", align 8
  %37 = getelementptr i8, i8* %12, i64 %36
  %38 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %37)
  %39 = bitcast i8* %18 to i64*, !dbg !_
  store i64 0, i64* %39, align 8, !dbg !_
  %40 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %18, i32 4, i8* %38) #1, !dbg !_
  br label %show.next7, !dbg !_

show.none9:                                       ; preds = %show.member5
  %41 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %18, i32 8, i8* null) #1, !dbg !_
  br label %show.next7, !dbg !_

show.member11:                                    ; preds = %show.next7
  %42 = load i32, i32* @"llvm.cred:2:1$0:2:0", align 4
  %43 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %42)
  %.not141 = icmp eq i32 %43, 0, !dbg !_
  br i1 %.not141, label %show.none15, label %show.member14, !dbg !_

show.none12:                                      ; preds = %show.next7
  %44 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %33, i32 8, i8* null) #1, !dbg !_
  br label %show.next13, !dbg !_

show.next13:                                      ; preds = %show.none15, %show.member14, %show.none12
  %45 = getelementptr i8, i8* %1, i64 96, !dbg !_
  %46 = load i32, i32* @"llvm.cred:2:1$0:3", align 4
  %47 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %46)
  %.not111 = icmp eq i32 %47, 0, !dbg !_
  br i1 %.not111, label %show.none18, label %show.member17, !dbg !_

show.member14:                                    ; preds = %show.member11
  %48 = load i64, i64* @"llvm.cred:0:8$0:2:0", align 8
  %49 = getelementptr i8, i8* %12, i64 %48
  %50 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %49)
  %51 = bitcast i8* %33 to i64*, !dbg !_
  store i64 0, i64* %51, align 8, !dbg !_
  %52 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %33, i32 4, i8* %50) #1, !dbg !_
  br label %show.next13, !dbg !_

show.none15:                                      ; preds = %show.member11
  %53 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %33, i32 8, i8* null) #1, !dbg !_
  br label %show.next13, !dbg !_

show.member17:                                    ; preds = %show.next13
  %54 = load i32, i32* @"llvm.cred:2:1$0:3:0", align 4
  %55 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %54)
  %.not140 = icmp eq i32 %55, 0, !dbg !_
  br i1 %.not140, label %show.none21, label %show.member20, !dbg !_

show.none18:                                      ; preds = %show.next13
  %56 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %45, i32 8, i8* null) #1, !dbg !_
  br label %show.next19, !dbg !_

show.next19:                                      ; preds = %show.none21, %show.member20, %show.none18
  %57 = getelementptr i8, i8* %1, i64 104, !dbg !_
  %58 = load i32, i32* @"llvm.cred:2:1$0:4", align 4
  %59 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %58)
  %.not112 = icmp eq i32 %59, 0, !dbg !_
  br i1 %.not112, label %show.none24, label %show.member23, !dbg !_

show.member20:                                    ; preds = %show.member17
  %60 = load i64, i64* @"llvm.cred:0:12$0:3:0", align 8
  %61 = getelementptr i8, i8* %12, i64 %60
  %62 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %61)
  %63 = bitcast i8* %45 to i64*, !dbg !_
  store i64 0, i64* %63, align 8, !dbg !_
  %64 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %45, i32 4, i8* %62) #1, !dbg !_
  br label %show.next19, !dbg !_

show.none21:                                      ; preds = %show.member17
  %65 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %45, i32 8, i8* null) #1, !dbg !_
  br label %show.next19, !dbg !_

show.member23:                                    ; preds = %show.next19
  %66 = load i32, i32* @"llvm.cred:2:1$0:4:0", align 4
  %67 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %66)
  %.not139 = icmp eq i32 %67, 0, !dbg !_
  br i1 %.not139, label %show.none27, label %show.member26, !dbg !_

show.none24:                                      ; preds = %show.next19
  %68 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %57, i32 8, i8* null) #1, !dbg !_
  br label %show.next25, !dbg !_

show.next25:                                      ; preds = %show.none27, %show.member26, %show.none24
  %69 = getelementptr i8, i8* %1, i64 112, !dbg !_
  %70 = load i32, i32* @"llvm.cred:2:1$0:5", align 4
  %71 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %70)
  %.not113 = icmp eq i32 %71, 0, !dbg !_
  br i1 %.not113, label %show.none30, label %show.member29, !dbg !_

show.member26:                                    ; preds = %show.member23
  %72 = load i64, i64* @"llvm.cred:0:16$0:4:0", align 8
  %73 = getelementptr i8, i8* %12, i64 %72
  %74 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %73)
  %75 = bitcast i8* %57 to i64*, !dbg !_
  store i64 0, i64* %75, align 8, !dbg !_
  %76 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %57, i32 4, i8* %74) #1, !dbg !_
  br label %show.next25, !dbg !_

show.none27:                                      ; preds = %show.member23
  %77 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %57, i32 8, i8* null) #1, !dbg !_
  br label %show.next25, !dbg !_

show.member29:                                    ; preds = %show.next25
  %78 = load i32, i32* @"llvm.cred:2:1$0:5:0", align 4
  %79 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %78)
  %.not138 = icmp eq i32 %79, 0, !dbg !_
  br i1 %.not138, label %show.none33, label %show.member32, !dbg !_

show.none30:                                      ; preds = %show.next25
  %80 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %69, i32 8, i8* null) #1, !dbg !_
  br label %show.next31, !dbg !_

show.next31:                                      ; preds = %show.none33, %show.member32, %show.none30
  %81 = getelementptr i8, i8* %1, i64 120, !dbg !_
  %82 = load i32, i32* @"llvm.cred:2:1$0:6", align 4
  %83 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %82)
  %.not114 = icmp eq i32 %83, 0, !dbg !_
  br i1 %.not114, label %show.none36, label %show.member35, !dbg !_

show.member32:                                    ; preds = %show.member29
  %84 = load i64, i64* @"llvm.cred:0:20$0:5:0", align 8
  %85 = getelementptr i8, i8* %12, i64 %84
  %86 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %85)
  %87 = bitcast i8* %69 to i64*, !dbg !_
  store i64 0, i64* %87, align 8, !dbg !_
  %88 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %69, i32 4, i8* %86) #1, !dbg !_
  br label %show.next31, !dbg !_

show.none33:                                      ; preds = %show.member29
  %89 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %69, i32 8, i8* null) #1, !dbg !_
  br label %show.next31, !dbg !_

show.member35:                                    ; preds = %show.next31
  %90 = load i32, i32* @"llvm.cred:2:1$0:6:0", align 4
  %91 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %90)
  %.not137 = icmp eq i32 %91, 0, !dbg !_
  br i1 %.not137, label %show.none39, label %show.member38, !dbg !_

show.none36:                                      ; preds = %show.next31
  %92 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %81, i32 8, i8* null) #1, !dbg !_
  br label %show.next37, !dbg !_

show.next37:                                      ; preds = %show.none39, %show.member38, %show.none36
  %93 = getelementptr i8, i8* %1, i64 128, !dbg !_
  %94 = load i32, i32* @"llvm.cred:2:1$0:7", align 4
  %95 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %94)
  %.not115 = icmp eq i32 %95, 0, !dbg !_
  br i1 %.not115, label %show.none42, label %show.member41, !dbg !_

show.member38:                                    ; preds = %show.member35
  %96 = load i64, i64* @"llvm.cred:0:24$0:6:0", align 8
  %97 = getelementptr i8, i8* %12, i64 %96
  %98 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %97)
  %99 = bitcast i8* %81 to i64*, !dbg !_
  store i64 0, i64* %99, align 8, !dbg !_
  %100 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %81, i32 4, i8* %98) #1, !dbg !_
  br label %show.next37, !dbg !_

show.none39:                                      ; preds = %show.member35
  %101 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %81, i32 8, i8* null) #1, !dbg !_
  br label %show.next37, !dbg !_

show.member41:                                    ; preds = %show.next37
  %102 = load i64, i64* @"llvm.cred:0:28$0:7", align 8
  %103 = getelementptr i8, i8* %12, i64 %102
  %104 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %103)
  %105 = bitcast i8* %93 to i64*, !dbg !_
  store i64 0, i64* %105, align 8, !dbg !_
  %106 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %93, i32 4, i8* %104) #1, !dbg !_
  br label %show.next43, !dbg !_

show.none42:                                      ; preds = %show.next37
  %107 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %93, i32 8, i8* null) #1, !dbg !_
  br label %show.next43, !dbg !_

show.next43:                                      ; preds = %show.member41, %show.none42
  %108 = getelementptr i8, i8* %1, i64 136, !dbg !_
  %109 = load i32, i32* @"llvm.cred:2:1$0:8", align 4
  %110 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %109)
  %.not116 = icmp eq i32 %110, 0, !dbg !_
  br i1 %.not116, label %show.none45, label %show.member44, !dbg !_

show.member44:                                    ; preds = %show.next43
  %111 = load i64, i64* @"llvm.cred:0:32$0:8", align 8
  %112 = getelementptr i8, i8* %12, i64 %111
  %113 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %112)
  %114 = bitcast i8* %108 to i64*, !dbg !_
  store i64 0, i64* %114, align 8, !dbg !_
  %115 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %108, i32 8, i8* %113) #1, !dbg !_
  br label %show.next46, !dbg !_

show.none45:                                      ; preds = %show.next43
  %116 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %108, i32 8, i8* null) #1, !dbg !_
  br label %show.next46, !dbg !_

show.next46:                                      ; preds = %show.member44, %show.none45
  %117 = bitcast [1 x i64]* %tmp47 to i8*, !dbg !_
  %118 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp47, i64 0, i64 0, !dbg !_
  store i64 0, i64* %118, align 8, !dbg !_
  %119 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_cred to i8*), i8* nonnull %117, i8* %2, i64 0) #1, !dbg !_
  %120 = icmp slt i64 %119, 0, !dbg !_
  br i1 %120, label %map.full, label %map.stored, !dbg !_

map.full:                                         ; preds = %show.next46
  %121 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #1, !dbg !_
  %.not136 = icmp eq i8* %121, null, !dbg !_
  br i1 %.not136, label %map.stored, label %stat.inc, !dbg !_

map.stored:                                       ; preds = %map.full, %stat.inc, %show.next46
  store i64 1, i64* %9, align 8, !dbg !_
  %122 = bitcast [2 x i64]* %tmp48 to i8*, !dbg !_
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %122, i8 0, i64 16, i1 false), !dbg !_
  %123 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp48, i64 0, i64 0, !dbg !_
  store i64 0, i64* %123, align 8, !dbg !_
  %124 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !_
  %125 = inttoptr i64 %124 to i8*, !dbg !_
  %126 = load i64, i64* @"llvm.task_struct:0:136$0:0", align 8
  %127 = getelementptr i8, i8* %125, i64 %126
  %128 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %127)
  store i64 0, i64* %118, align 8, !dbg !_
  %129 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %117, i32 8, i8* %128) #1, !dbg !_
  %130 = load i32, i32* @"llvm.cred:2:1$0:1:0", align 4
  %131 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %130)
  %.not117 = icmp eq i32 %131, 0, !dbg !_
  br i1 %.not117, label %show.none50, label %show.member49, !dbg !_

stat.inc:                                         ; preds = %map.full
  %132 = getelementptr i8, i8* %121, i64 16, !dbg !_
  %133 = bitcast i8* %132 to i64*, !dbg !_
  %134 = load i64, i64* %133, align 8, !dbg !_
  %135 = add i64 %134, 1, !dbg !_
  store i64 %135, i64* %133, align 8, !dbg !_
  br label %map.stored, !dbg !_

show.member49:                                    ; preds = %map.stored
  %136 = load i64, i64* %118, align 8, !dbg !_
  %137 = inttoptr i64 %136 to i8*, !dbg !_
  %138 = load i64, i64* @"llvm.cred:0:4$0:1:0", align 8
  %139 = getelementptr i8, i8* %137, i64 %138
  %140 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %139)
  %141 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp48, i64 0, i64 0, !dbg !_
  store i64 0, i64* %141, align 8, !dbg !_
  %142 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %122, i32 4, i8* %140) #1, !dbg !_
  br label %show.next51, !dbg !_

show.none50:                                      ; preds = %map.stored
  %143 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %122, i32 8, i8* null) #1, !dbg !_
  br label %show.next51, !dbg !_

show.next51:                                      ; preds = %show.member49, %show.none50
  %144 = call i64 inttoptr (i64 14 to i64 ()*)() #1, !dbg !_
  %pid = lshr i64 %144, 32, !dbg !_
  %145 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp48, i64 0, i64 1, !dbg !_
  store i64 %pid, i64* %145, align 8, !dbg !_
  %146 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_by to i8*), i8* nonnull %122, i8* nonnull %8, i64 0) #1, !dbg !_
  %147 = icmp slt i64 %146, 0, !dbg !_
  br i1 %147, label %map.full52, label %map.stored53, !dbg !_

map.full52:                                       ; preds = %show.next51
  %148 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #1, !dbg !_
  %.not135 = icmp eq i8* %148, null, !dbg !_
  br i1 %.not135, label %map.stored53, label %stat.inc54, !dbg !_

map.stored53:                                     ; preds = %map.full52, %stat.inc54, %show.next51
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(72) %1, i8 0, i64 72, i1 false), !dbg !_
  %149 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !_
  %150 = inttoptr i64 %149 to i8*, !dbg !_
  %151 = load i64, i64* @"llvm.task_struct:0:144$0:1", align 8
  %152 = getelementptr i8, i8* %150, i64 %151
  %153 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %152)
  store i64 0, i64* %9, align 8, !dbg !_
  %154 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %8, i32 8, i8* %153) #1, !dbg !_
  %155 = load i64, i64* %9, align 8, !dbg !_
  %156 = inttoptr i64 %155 to i8*, !dbg !_
  %157 = load i32, i32* @"llvm.cred:2:1$0:0", align 4
  %158 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %157)
  %.not118 = icmp eq i32 %158, 0, !dbg !_
  br i1 %.not118, label %show.none57, label %show.member56, !dbg !_

stat.inc54:                                       ; preds = %map.full52
  %159 = getelementptr i8, i8* %148, i64 8, !dbg !_
  %160 = bitcast i8* %159 to i64*, !dbg !_
  %161 = load i64, i64* %160, align 8, !dbg !_
  %162 = add i64 %161, 1, !dbg !_
  store i64 %162, i64* %160, align 8, !dbg !_
  br label %map.stored53, !dbg !_

show.member56:                                    ; preds = %map.stored53
  %163 = load i32, i32* @"llvm.cred:2:1$0:0:0", align 4
  %164 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %163)
  %.not134 = icmp eq i32 %164, 0, !dbg !_
  br i1 %.not134, label %show.none60, label %show.member59, !dbg !_

show.none57:                                      ; preds = %map.stored53
  %165 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %1, i32 8, i8* null) #1, !dbg !_
  br label %show.next58, !dbg !_

show.next58:                                      ; preds = %show.none60, %show.member59, %show.none57
  %166 = getelementptr i8, i8* %1, i64 8, !dbg !_
  %167 = load i32, i32* @"llvm.cred:2:1$0:1", align 4
  %168 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %167)
  %.not119 = icmp eq i32 %168, 0, !dbg !_
  br i1 %.not119, label %show.none63, label %show.member62, !dbg !_

show.member59:                                    ; preds = %show.member56
  %169 = load i64, i64* @"llvm.cred:0:0$0:0:0", align 8
  %170 = getelementptr i8, i8* %156, i64 %169
  %171 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %170)
  %172 = bitcast i8* %1 to i64*, !dbg !_
  store i64 0, i64* %172, align 8, !dbg !_
  %173 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %1, i32 4, i8* %171) #1, !dbg !_
  %174 = bitcast i8* %1 to i32*, !dbg !_
  %175 = load i32, i32* %174, align 4, !dbg !_
  %176 = sext i32 %175 to i64, !dbg !_
  store i64 %176, i64* %172, align 8, !dbg !_
  br label %show.next58, !dbg !_

show.none60:                                      ; preds = %show.member56
  %177 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %1, i32 8, i8* null) #1, !dbg !_
  br label %show.next58, !dbg !_

show.member62:                                    ; preds = %show.next58
  %178 = load i32, i32* @"llvm.cred:2:1$0:1:0", align 4
  %179 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %178)
  %.not133 = icmp eq i32 %179, 0, !dbg !_
  br i1 %.not133, label %show.none66, label %show.member65, !dbg !_

show.none63:                                      ; preds = %show.next58
  %180 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %166, i32 8, i8* null) #1, !dbg !_
  br label %show.next64, !dbg !_

show.next64:                                      ; preds = %show.none66, %show.member65, %show.none63
  %181 = getelementptr i8, i8* %1, i64 16, !dbg !_
  %182 = load i32, i32* @"llvm.cred:2:1$0:2", align 4
  %183 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %182)
  %.not120 = icmp eq i32 %183, 0, !dbg !_
  br i1 %.not120, label %show.none69, label %show.member68, !dbg !_

show.member65:                                    ; preds = %show.member62
  %184 = load i64, i64* @"llvm.cred:0:4$0:1:0", align 8
  %185 = getelementptr i8, i8* %156, i64 %184
  %186 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %185)
  %187 = bitcast i8* %166 to i64*, !dbg !_
  store i64 0, i64* %187, align 8, !dbg !_
  %188 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %166, i32 4, i8* %186) #1, !dbg !_
  br label %show.next64, !dbg !_

show.none66:                                      ; preds = %show.member62
  %189 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %166, i32 8, i8* null) #1, !dbg !_
  br label %show.next64, !dbg !_

show.member68:                                    ; preds = %show.next64
  %190 = load i32, i32* @"llvm.cred:2:1$0:2:0", align 4
  %191 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %190)
  %.not132 = icmp eq i32 %191, 0, !dbg !_
  br i1 %.not132, label %show.none72, label %show.member71, !dbg !_

show.none69:                                      ; preds = %show.next64
  %192 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %181, i32 8, i8* null) #1, !dbg !_
  br label %show.next70, !dbg !_

show.next70:                                      ; preds = %show.none72, %show.member71, %show.none69
  %193 = getelementptr i8, i8* %1, i64 24, !dbg !_
  %194 = load i32, i32* @"llvm.cred:2:1$0:3", align 4
  %195 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %194)
  %.not121 = icmp eq i32 %195, 0, !dbg !_
  br i1 %.not121, label %show.none75, label %show.member74, !dbg !_

show.member71:                                    ; preds = %show.member68
  %196 = load i64, i64* @"llvm.cred:0:8$0:2:0", align 8
  %197 = getelementptr i8, i8* %156, i64 %196
  %198 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %197)
  %199 = bitcast i8* %181 to i64*, !dbg !_
  store i64 0, i64* %199, align 8, !dbg !_
  %200 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %181, i32 4, i8* %198) #1, !dbg !_
  br label %show.next70, !dbg !_

show.none72:                                      ; preds = %show.member68
  %201 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %181, i32 8, i8* null) #1, !dbg !_
  br label %show.next70, !dbg !_

show.member74:                                    ; preds = %show.next70
  %202 = load i32, i32* @"llvm.cred:2:1$0:3:0", align 4
  %203 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %202)
  %.not131 = icmp eq i32 %203, 0, !dbg !_
  br i1 %.not131, label %show.none78, label %show.member77, !dbg !_

show.none75:                                      ; preds = %show.next70
  %204 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %193, i32 8, i8* null) #1, !dbg !_
  br label %show.next76, !dbg !_

show.next76:                                      ; preds = %show.none78, %show.member77, %show.none75
  %205 = getelementptr i8, i8* %1, i64 32, !dbg !_
  %206 = load i32, i32* @"llvm.cred:2:1$0:4", align 4
  %207 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %206)
  %.not122 = icmp eq i32 %207, 0, !dbg !_
  br i1 %.not122, label %show.none81, label %show.member80, !dbg !_

show.member77:                                    ; preds = %show.member74
  %208 = load i64, i64* @"llvm.cred:0:12$0:3:0", align 8
  %209 = getelementptr i8, i8* %156, i64 %208
  %210 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %209)
  %211 = bitcast i8* %193 to i64*, !dbg !_
  store i64 0, i64* %211, align 8, !dbg !_
  %212 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %193, i32 4, i8* %210) #1, !dbg !_
  br label %show.next76, !dbg !_

show.none78:                                      ; preds = %show.member74
  %213 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %193, i32 8, i8* null) #1, !dbg !_
  br label %show.next76, !dbg !_

show.member80:                                    ; preds = %show.next76
  %214 = load i32, i32* @"llvm.cred:2:1$0:4:0", align 4
  %215 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %214)
  %.not130 = icmp eq i32 %215, 0, !dbg !_
  br i1 %.not130, label %show.none84, label %show.member83, !dbg !_

show.none81:                                      ; preds = %show.next76
  %216 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %205, i32 8, i8* null) #1, !dbg !_
  br label %show.next82, !dbg !_

show.next82:                                      ; preds = %show.none84, %show.member83, %show.none81
  %217 = getelementptr i8, i8* %1, i64 40, !dbg !_
  %218 = load i32, i32* @"llvm.cred:2:1$0:5", align 4
  %219 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %218)
  %.not123 = icmp eq i32 %219, 0, !dbg !_
  br i1 %.not123, label %show.none87, label %show.member86, !dbg !_

show.member83:                                    ; preds = %show.member80
  %220 = load i64, i64* @"llvm.cred:0:16$0:4:0", align 8
  %221 = getelementptr i8, i8* %156, i64 %220
  %222 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %221)
  %223 = bitcast i8* %205 to i64*, !dbg !_
  store i64 0, i64* %223, align 8, !dbg !_
  %224 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %205, i32 4, i8* %222) #1, !dbg !_
  br label %show.next82, !dbg !_

show.none84:                                      ; preds = %show.member80
  %225 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %205, i32 8, i8* null) #1, !dbg !_
  br label %show.next82, !dbg !_

show.member86:                                    ; preds = %show.next82
  %226 = load i32, i32* @"llvm.cred:2:1$0:5:0", align 4
  %227 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %226)
  %.not129 = icmp eq i32 %227, 0, !dbg !_
  br i1 %.not129, label %show.none90, label %show.member89, !dbg !_

show.none87:                                      ; preds = %show.next82
  %228 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %217, i32 8, i8* null) #1, !dbg !_
  br label %show.next88, !dbg !_

show.next88:                                      ; preds = %show.none90, %show.member89, %show.none87
  %229 = getelementptr i8, i8* %1, i64 48, !dbg !_
  %230 = load i32, i32* @"llvm.cred:2:1$0:6", align 4
  %231 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %230)
  %.not124 = icmp eq i32 %231, 0, !dbg !_
  br i1 %.not124, label %show.none93, label %show.member92, !dbg !_

show.member89:                                    ; preds = %show.member86
  %232 = load i64, i64* @"llvm.cred:0:20$0:5:0", align 8
  %233 = getelementptr i8, i8* %156, i64 %232
  %234 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %233)
  %235 = bitcast i8* %217 to i64*, !dbg !_
  store i64 0, i64* %235, align 8, !dbg !_
  %236 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %217, i32 4, i8* %234) #1, !dbg !_
  br label %show.next88, !dbg !_

show.none90:                                      ; preds = %show.member86
  %237 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %217, i32 8, i8* null) #1, !dbg !_
  br label %show.next88, !dbg !_

show.member92:                                    ; preds = %show.next88
  %238 = load i32, i32* @"llvm.cred:2:1$0:6:0", align 4
  %239 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %238)
  %.not128 = icmp eq i32 %239, 0, !dbg !_
  br i1 %.not128, label %show.none96, label %show.member95, !dbg !_

show.none93:                                      ; preds = %show.next88
  %240 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %229, i32 8, i8* null) #1, !dbg !_
  br label %show.next94, !dbg !_

show.next94:                                      ; preds = %show.none96, %show.member95, %show.none93
  %241 = getelementptr i8, i8* %1, i64 56, !dbg !_
  %242 = load i32, i32* @"llvm.cred:2:1$0:7", align 4
  %243 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %242)
  %.not125 = icmp eq i32 %243, 0, !dbg !_
  br i1 %.not125, label %show.none99, label %show.member98, !dbg !_

show.member95:                                    ; preds = %show.member92
  %244 = load i64, i64* @"llvm.cred:0:24$0:6:0", align 8
  %245 = getelementptr i8, i8* %156, i64 %244
  %246 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %245)
  %247 = bitcast i8* %229 to i64*, !dbg !_
  store i64 0, i64* %247, align 8, !dbg !_
  %248 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %229, i32 4, i8* %246) #1, !dbg !_
  br label %show.next94, !dbg !_

show.none96:                                      ; preds = %show.member92
  %249 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %229, i32 8, i8* null) #1, !dbg !_
  br label %show.next94, !dbg !_

show.member98:                                    ; preds = %show.next94
  %250 = load i64, i64* @"llvm.cred:0:28$0:7", align 8
  %251 = getelementptr i8, i8* %156, i64 %250
  %252 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %251)
  %253 = bitcast i8* %241 to i64*, !dbg !_
  store i64 0, i64* %253, align 8, !dbg !_
  %254 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %241, i32 4, i8* %252) #1, !dbg !_
  br label %show.next100, !dbg !_

show.none99:                                      ; preds = %show.next94
  %255 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %241, i32 8, i8* null) #1, !dbg !_
  br label %show.next100, !dbg !_

show.next100:                                     ; preds = %show.member98, %show.none99
  %256 = getelementptr i8, i8* %1, i64 64, !dbg !_
  %257 = load i32, i32* @"llvm.cred:2:1$0:8", align 4
  %258 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %257)
  %.not126 = icmp eq i32 %258, 0, !dbg !_
  br i1 %.not126, label %show.none102, label %show.member101, !dbg !_

show.member101:                                   ; preds = %show.next100
  %259 = load i64, i64* @"llvm.cred:0:32$0:8", align 8
  %260 = getelementptr i8, i8* %156, i64 %259
  %261 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %260)
  %262 = bitcast i8* %256 to i64*, !dbg !_
  store i64 0, i64* %262, align 8, !dbg !_
  %263 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %256, i32 8, i8* %261) #1, !dbg !_
  br label %show.next103, !dbg !_

show.none102:                                     ; preds = %show.next100
  %264 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %256, i32 8, i8* null) #1, !dbg !_
  br label %show.next103, !dbg !_

show.next103:                                     ; preds = %show.member101, %show.none102
  %265 = bitcast i8* %217 to i64*, !dbg !_
  %266 = load i64, i64* %265, align 8, !dbg !_
  store i64 %266, i64* %9, align 8, !dbg !_
  %267 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp48, i64 0, i64 0, !dbg !_
  store i64 0, i64* %267, align 8, !dbg !_
  %268 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_euid to i8*), i8* nonnull %122, i8* nonnull %8, i64 0) #1, !dbg !_
  %269 = icmp slt i64 %268, 0, !dbg !_
  br i1 %269, label %map.full104, label %return, !dbg !_

map.full104:                                      ; preds = %show.next103
  %270 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #1, !dbg !_
  %.not127 = icmp eq i8* %270, null, !dbg !_
  br i1 %.not127, label %return, label %stat.inc106, !dbg !_

stat.inc106:                                      ; preds = %map.full104
  %271 = getelementptr i8, i8* %270, i64 24, !dbg !_
  %272 = bitcast i8* %271 to i64*, !dbg !_
  %273 = load i64, i64* %272, align 8, !dbg !_
  %274 = add i64 %273, 1, !dbg !_
  store i64 %274, i64* %272, align 8, !dbg !_
  br label %return, !dbg !_
}
define i32 @tp1_sys_enter_newfstat(i8* %ctx) #1 section "tracepoint/syscalls/sys_enter_newfstat" !dbg !_ {
entry:
  %tmp2 = alloca [1 x i64], align 8, !dbg !_
  %tmp1 = alloca [5 x i64], align 8, !dbg !_
  %tmp = alloca [4 x i64], align 8, !dbg !_
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !_, metadata !DIExpression()), !dbg !_
  %zero = alloca i32, align 4, !dbg !_
  store i32 0, i32* %zero, align 4, !dbg !_
  %0 = bitcast [4 x i64]* %tmp to i8*, !dbg !_
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(32) %0, i8 0, i64 32, i1 false), !dbg !_
  %1 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !_
  %2 = icmp eq i64 %1, 0, !dbg !_
  br i1 %2, label %pid.match, label %pid.filter, !dbg !_

return:                                           ; preds = %rec.lost, %stat.inc3, %rec.fill, %pid.filter
  ret i32 0, !dbg !_

pid.filter:                                       ; preds = %entry
  %3 = call i64 inttoptr (i64 14 to i64 ()*)() #1, !dbg !_
  %4 = lshr i64 %3, 32, !dbg !_
  %5 = icmp eq i64 %4, %1, !dbg !_
  br i1 %5, label %pid.match, label %return, !dbg !_

pid.match:                                        ; preds = %pid.filter, %entry
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(32) %0, i8 0, i64 32, i1 false), !dbg !_
  %6 = getelementptr i8, i8* %ctx, i64 24, !dbg !_
  %7 = bitcast i8* %6 to i64*, !dbg !_
  %8 = load i64, i64* %7, align 8, !dbg !_
  %9 = inttoptr i64 %8 to i8*, !dbg !_
  %10 = getelementptr inbounds [4 x i64], [4 x i64]* %tmp, i64 0, i64 0, !dbg !_
  store i64 0, i64* %10, align 8, !dbg !_
  %11 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %0, i32 4, i8* %9) #1, !dbg !_
  %12 = bitcast [4 x i64]* %tmp to i32*, !dbg !_
  %13 = load i32, i32* %12, align 8, !dbg !_
  %14 = sext i32 %13 to i64, !dbg !_
  store i64 %14, i64* %10, align 8, !dbg !_
  %15 = getelementptr inbounds [4 x i64], [4 x i64]* %tmp, i64 0, i64 1, !dbg !_
  %16 = bitcast i64* %15 to i8*, !dbg !_
  %17 = getelementptr i8, i8* %9, i64 4, !dbg !_
  %18 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %16, i32 4, i8* %17) #1, !dbg !_
  %19 = getelementptr inbounds [4 x i64], [4 x i64]* %tmp, i64 0, i64 2, !dbg !_
  %20 = bitcast i64* %19 to i8*, !dbg !_
  %21 = getelementptr i8, i8* %9, i64 8, !dbg !_
  store i64 0, i64* %19, align 8, !dbg !_
  %22 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %20, i32 2, i8* %21) #1, !dbg !_
  %23 = bitcast i64* %19 to i16*, !dbg !_
  %24 = load i16, i16* %23, align 8, !dbg !_
  %25 = sext i16 %24 to i64, !dbg !_
  store i64 %25, i64* %19, align 8, !dbg !_
  %26 = getelementptr inbounds [4 x i64], [4 x i64]* %tmp, i64 0, i64 3, !dbg !_
  %27 = bitcast i64* %26 to i8*, !dbg !_
  %28 = getelementptr i8, i8* %9, i64 10, !dbg !_
  store i64 0, i64* %26, align 8, !dbg !_
  %29 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %27, i32 1, i8* %28) #1, !dbg !_
  %30 = bitcast [5 x i64]* %tmp1 to i8*, !dbg !_
  %31 = call i64 inttoptr (i64 14 to i64 ()*)() #1, !dbg !_
  %tid = and i64 %31, 4294967295, !dbg !_
  %32 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp1, i64 0, i64 0, !dbg !_
  store i64 %tid, i64* %32, align 8, !dbg !_
  %33 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp1, i64 0, i64 1, !dbg !_
  %34 = bitcast i64* %33 to i8*, !dbg !_
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(32) %34, i8* noundef nonnull align 8 dereferenceable(32) %0, i64 32, i1 false), !dbg !_
  %35 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !_
  %36 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp2, i64 0, i64 0, !dbg !_
  store i64 0, i64* %36, align 8, !dbg !_
  %37 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_pair to i8*), i8* nonnull %35, i8* nonnull %30, i64 0) #1, !dbg !_
  %38 = icmp slt i64 %37, 0, !dbg !_
  br i1 %38, label %map.full, label %map.stored, !dbg !_

map.full:                                         ; preds = %pid.match
  %39 = bitcast i32* %zero to i8*, !dbg !_
  %40 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %39) #1, !dbg !_
  %.not6 = icmp eq i8* %40, null, !dbg !_
  br i1 %.not6, label %map.stored, label %stat.inc, !dbg !_

map.stored:                                       ; preds = %map.full, %stat.inc, %pid.match
  %41 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #1, !dbg !_
  %.not = icmp eq i8* %41, null, !dbg !_
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !_

stat.inc:                                         ; preds = %map.full
  %42 = getelementptr i8, i8* %40, i64 32, !dbg !_
  %43 = bitcast i8* %42 to i64*, !dbg !_
  %44 = load i64, i64* %43, align 8, !dbg !_
  %45 = add i64 %44, 1, !dbg !_
  store i64 %45, i64* %43, align 8, !dbg !_
  br label %map.stored, !dbg !_

rec.fill:                                         ; preds = %map.stored
  %46 = bitcast i8* %41 to i64*, !dbg !_
  store i64 2, i64* %46, align 8, !dbg !_
  %47 = getelementptr i8, i8* %41, i64 8, !dbg !_
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(16) %47, i8* noundef nonnull align 8 dereferenceable(16) %20, i64 16, i1 false), !dbg !_
  %48 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !_
  %49 = icmp ugt i64 %48, 65536, !dbg !_
  %50 = select i1 %49, i64 2, i64 1, !dbg !_
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %41, i64 %50) #1, !dbg !_
  br label %return, !dbg !_

rec.lost:                                         ; preds = %map.stored
  %51 = bitcast i32* %zero to i8*, !dbg !_
  %52 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %51) #1, !dbg !_
  %.not5 = icmp eq i8* %52, null, !dbg !_
  br i1 %.not5, label %return, label %stat.inc3, !dbg !_

stat.inc3:                                        ; preds = %rec.lost
  %53 = bitcast i8* %52 to i64*, !dbg !_
  %54 = load i64, i64* %53, align 8, !dbg !_
  %55 = add i64 %54, 1, !dbg !_
  store i64 %55, i64* %53, align 8, !dbg !_
  br label %return, !dbg !_
}
!_ = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!_ = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!_ = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!_ = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!_ = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 1152, align: 8, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 131072, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 192, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 32, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 320, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 320, align: 8, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 576, align: 8, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 8388608, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 864, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, name: "cred", scope: !_, file: !_, size: 320, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, name: "task_struct", scope: !_, file: !_, size: 1728, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 128, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 128, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 256, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 256, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 256, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 256, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 256, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 256, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 320, align: 64, elements: !_)
!_ = !DIDerivedType(tag: DW_TAG_const_type, baseType: !_)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "counter", scope: !_, file: !_, baseType: !_, size: 32)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "cred", scope: !_, file: !_, baseType: !_, size: 64, offset: 1152)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "egid", scope: !_, file: !_, baseType: !_, size: 32, offset: 192)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "euid", scope: !_, file: !_, baseType: !_, size: 32, offset: 160)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "gid", scope: !_, file: !_, baseType: !_, size: 32, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !_, file: !_, baseType: !_, size: 64, align: 8)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "k1", scope: !_, file: !_, baseType: !_, size: 64, align: 8, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 128)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 128)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 128)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "real_cred", scope: !_, file: !_, baseType: !_, size: 64, offset: 1088)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "securebits", scope: !_, file: !_, baseType: !_, size: 32, offset: 224)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "sgid", scope: !_, file: !_, baseType: !_, size: 32, offset: 128)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "suid", scope: !_, file: !_, baseType: !_, size: 32, offset: 96)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !_, file: !_, baseType: !_, size: 64, align: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !_, file: !_, baseType: !_, size: 64, align: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !_, file: !_, baseType: !_, size: 64, align: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !_, file: !_, baseType: !_, size: 32, offset: 32)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "usage", scope: !_, file: !_, baseType: !_, size: 32)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "user_ns", scope: !_, file: !_, baseType: !_, size: 64, offset: 256)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "v0", scope: !_, file: !_, baseType: !_, size: 64, align: 8)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "v1", scope: !_, file: !_, baseType: !_, size: 256, align: 8, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "val", scope: !_, file: !_, baseType: !_, size: 32)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 192)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 192)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 192)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 192)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 192)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIFile(filename: "btf_struct_values.tp", directory: ".")
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DILocalVariable(name: "ctx", arg: 1, scope: !_, file: !_, line: 10, type: !_)
!_ = !DILocalVariable(name: "ctx", arg: 1, scope: !_, file: !_, line: 17, type: !_)
!_ = !DILocation(line: 10, column: 1, scope: !_)
!_ = !DILocation(line: 10, scope: !_)
!_ = !DILocation(line: 11, column: 2, scope: !_)
!_ = !DILocation(line: 12, column: 2, scope: !_)
!_ = !DILocation(line: 13, column: 2, scope: !_)
!_ = !DILocation(line: 14, column: 2, scope: !_)
!_ = !DILocation(line: 17, column: 1, scope: !_)
!_ = !DILocation(line: 17, scope: !_)
!_ = !DILocation(line: 18, column: 2, scope: !_)
!_ = !DILocation(line: 19, column: 2, scope: !_)
!_ = !DILocation(line: 20, column: 2, scope: !_)
!_ = !DISubrange(count: 1, lowerBound: 0)
!_ = !DISubrange(count: 144, lowerBound: 0)
!_ = !DISubrange(count: 262144, lowerBound: 0)
!_ = !DISubrange(count: 27, lowerBound: 0)
!_ = !DISubrange(count: 40, lowerBound: 0)
!_ = !DISubrange(count: 4096, lowerBound: 0)
!_ = !DISubrange(count: 5, lowerBound: 0)
!_ = !DISubrange(count: 6, lowerBound: 0)
!_ = !DISubrange(count: 72, lowerBound: 0)
!_ = !DISubroutineType(types: !_)
!_ = !{!_, !_, !_, !_, !_, !_, !_, !_, !_}
!_ = !{!_, !_, !_, !_, !_, !_, !_, !_}
!_ = !{!_, !_, !_, !_}
!_ = !{!_, !_, !_, !_}
!_ = !{!_, !_, !_, !_}
!_ = !{!_, !_, !_, !_}
!_ = !{!_, !_, !_, !_}
!_ = !{!_, !_, !_, !_}
!_ = !{!_, !_}
!_ = !{!_, !_}
!_ = !{!_, !_}
!_ = !{!_, !_}
!_ = !{!_, !_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{i32 2, !"Debug Info Version", i32 3}
!_ = !{i32 2, !"Dwarf Version", i32 4}
!_ = distinct !DICompileUnit(language: DW_LANG_C, file: !_, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !_, splitDebugInlining: false)
!_ = distinct !DIGlobalVariable(name: "m_by", linkageName: "m_by", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DIGlobalVariable(name: "m_cred", linkageName: "m_cred", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DIGlobalVariable(name: "m_euid", linkageName: "m_euid", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DIGlobalVariable(name: "m_pair", linkageName: "m_pair", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DISubprogram(name: "begin0", linkageName: "begin0", scope: !_, file: !_, line: 10, type: !_, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !_, retainedNodes: !_)
!_ = distinct !DISubprogram(name: "tp1_sys_enter_newfstat", linkageName: "tp1_sys_enter_newfstat", scope: !_, file: !_, line: 17, type: !_, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !_, retainedNodes: !_)
!llvm.dbg.cu = !{!_}
!llvm.module.flags = !{!_, !_}
; Function Attrs: argmemonly nofree nounwind willreturn
; Function Attrs: argmemonly nofree nounwind willreturn writeonly
; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nounwind
; Function Attrs: nounwind readnone
; Function Attrs: nounwind readnone
; Function Attrs: nounwind readnone
attributes #0 = { "btf_ama" }
attributes #1 = { nounwind }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { argmemonly nofree nounwind willreturn writeonly }
attributes #4 = { nofree nosync nounwind readnone willreturn }
attributes #5 = { nounwind readnone }
attributes #6 = { argmemonly nofree nounwind willreturn }
declare i32 @llvm.bpf.passthrough.i32.i32(i32, i32) #5
declare i32 @llvm.bpf.preserve.field.info.p0i8(i8*, i64 immarg) #5
declare i8* @llvm.bpf.passthrough.p0i8.p0i8(i32, i8*) #5
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.anon.27s(%struct.anon.27*, i32 immarg, i32 immarg) #4
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.anon.29s(%struct.anon.29*, i32 immarg, i32 immarg) #4
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.creds(%struct.cred*, i32 immarg, i32 immarg) #4
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.task_structs(%struct.task_struct*, i32 immarg, i32 immarg) #4
declare void @llvm.dbg.value(metadata, metadata, metadata) #2
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #6
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #3
