; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

%struct.task_struct = type { i64, i64 }

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !_
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !_
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !_

; Function Attrs: nounwind
@"llvm.task_struct:0:64$0:0" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.task_struct:0:64$0:1" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.task_struct:1:8$0:0" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.task_struct:1:8$0:1" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.task_struct:4:55$0:1" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.task_struct:4:60$0:0" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.task_struct:5:59$0:1" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.task_struct:5:63$0:0" = external global i32, !llvm.preserve.access.index !_ #0
define i32 @tp0_inet_sock_set_state(i8* %ctx) #1 section "raw_tp" !dbg !_ {
entry:
  %tmp1 = alloca [1 x i64], align 8, !dbg !_
  %tmp = alloca [1 x i64], align 8, !dbg !_
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !_, metadata !DIExpression()), !dbg !_
  %zero = alloca i32, align 4, !dbg !_
  store i32 0, i32* %zero, align 4, !dbg !_
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !_
  %1 = icmp eq i64 %0, 0, !dbg !_
  br i1 %1, label %pid.match, label %pid.filter, !dbg !_

return:                                           ; preds = %rec.lost3, %stat.inc5, %rec.fill2, %pid.filter
  ret i32 0, !dbg !_

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #1, !dbg !_
  %3 = lshr i64 %2, 32, !dbg !_
  %4 = icmp eq i64 %3, %0, !dbg !_
  br i1 %4, label %pid.match, label %return, !dbg !_

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !_
  %6 = inttoptr i64 %5 to i8*, !dbg !_
  %7 = bitcast [1 x i64]* %tmp to i8*, !dbg !_
  %8 = load i32, i32* @"llvm.task_struct:0:64$0:0", align 4
  %9 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %8)
  %10 = load i32, i32* @"llvm.task_struct:1:8$0:0", align 4
  %11 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %10)
  %12 = load i32, i32* @"llvm.task_struct:4:60$0:0", align 4
  %13 = load i32, i32* @"llvm.task_struct:5:63$0:0", align 4
  %14 = zext i32 %9 to i64, !dbg !_
  %15 = getelementptr i8, i8* %6, i64 %14, !dbg !_
  %16 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !_
  store i64 0, i64* %16, align 8, !dbg !_
  %17 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %7, i32 %11, i8* %15) #1, !dbg !_
  %18 = load i64, i64* %16, align 8, !dbg !_
  %19 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !_
  %20 = inttoptr i64 %19 to i8*, !dbg !_
  %21 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !_
  %22 = load i32, i32* @"llvm.task_struct:0:64$0:1", align 4
  %23 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %22)
  %24 = load i32, i32* @"llvm.task_struct:1:8$0:1", align 4
  %25 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %24)
  %26 = load i32, i32* @"llvm.task_struct:4:55$0:1", align 4
  %27 = load i32, i32* @"llvm.task_struct:5:59$0:1", align 4
  %28 = zext i32 %23 to i64, !dbg !_
  %29 = getelementptr i8, i8* %20, i64 %28, !dbg !_
  %30 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !_
  store i64 0, i64* %30, align 8, !dbg !_
  %31 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %21, i32 %25, i8* %29) #1, !dbg !_
  %32 = load i64, i64* %30, align 8, !dbg !_
  %33 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #1, !dbg !_
  %.not = icmp eq i8* %33, null, !dbg !_
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !_

rec.fill:                                         ; preds = %pid.match
  %34 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %26)
  %35 = zext i32 %34 to i64, !dbg !_
  %36 = shl i64 %32, %35, !dbg !_
  %37 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %27)
  %38 = zext i32 %37 to i64, !dbg !_
  %39 = ashr i64 %36, %38, !dbg !_
  %40 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %12)
  %41 = zext i32 %40 to i64, !dbg !_
  %42 = shl i64 %18, %41, !dbg !_
  %43 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %13)
  %44 = zext i32 %43 to i64, !dbg !_
  %45 = lshr i64 %42, %44, !dbg !_
  %46 = bitcast i8* %33 to i64*, !dbg !_
  store i64 1, i64* %46, align 8, !dbg !_
  %47 = getelementptr i8, i8* %33, i64 8, !dbg !_
  %48 = bitcast i8* %47 to i64*, !dbg !_
  store i64 %45, i64* %48, align 8, !dbg !_
  %49 = getelementptr i8, i8* %33, i64 16, !dbg !_
  %50 = bitcast i8* %49 to i64*, !dbg !_
  store i64 %39, i64* %50, align 8, !dbg !_
  %51 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !_
  %52 = icmp ugt i64 %51, 65536, !dbg !_
  %53 = select i1 %52, i64 2, i64 1, !dbg !_
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %33, i64 %53) #1, !dbg !_
  br label %rec.done, !dbg !_

rec.lost:                                         ; preds = %pid.match
  %54 = bitcast i32* %zero to i8*, !dbg !_
  %55 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %54) #1, !dbg !_
  %.not7 = icmp eq i8* %55, null, !dbg !_
  br i1 %.not7, label %rec.done, label %stat.inc, !dbg !_

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %56 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #1, !dbg !_
  %.not8 = icmp eq i8* %56, null, !dbg !_
  br i1 %.not8, label %rec.lost3, label %rec.fill2, !dbg !_

stat.inc:                                         ; preds = %rec.lost
  %57 = bitcast i8* %55 to i64*, !dbg !_
  %58 = load i64, i64* %57, align 8, !dbg !_
  %59 = add i64 %58, 1, !dbg !_
  store i64 %59, i64* %57, align 8, !dbg !_
  br label %rec.done, !dbg !_

rec.fill2:                                        ; preds = %rec.done
  %60 = bitcast i8* %56 to i64*, !dbg !_
  store i64 4294967297, i64* %60, align 8, !dbg !_
  %61 = getelementptr i8, i8* %56, i64 8, !dbg !_
  %62 = bitcast i8* %61 to i64*, !dbg !_
  store i64 216, i64* %62, align 8, !dbg !_
  %63 = getelementptr i8, i8* %56, i64 16, !dbg !_
  %64 = bitcast i8* %63 to i64*, !dbg !_
  store i64 152, i64* %64, align 8, !dbg !_
  %65 = getelementptr i8, i8* %56, i64 24, !dbg !_
  %66 = bitcast i8* %65 to i64*, !dbg !_
  store i64 16, i64* %66, align 8, !dbg !_
  %67 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !_
  %68 = icmp ugt i64 %67, 65536, !dbg !_
  %69 = select i1 %68, i64 2, i64 1, !dbg !_
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %56, i64 %69) #1, !dbg !_
  br label %return, !dbg !_

rec.lost3:                                        ; preds = %rec.done
  %70 = bitcast i32* %zero to i8*, !dbg !_
  %71 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %70) #1, !dbg !_
  %.not9 = icmp eq i8* %71, null, !dbg !_
  br i1 %.not9, label %return, label %stat.inc5, !dbg !_

stat.inc5:                                        ; preds = %rec.lost3
  %72 = bitcast i8* %71 to i64*, !dbg !_
  %73 = load i64, i64* %72, align 8, !dbg !_
  %74 = add i64 %73, 1, !dbg !_
  store i64 %74, i64* %72, align 8, !dbg !_
  br label %return, !dbg !_
}
define i32 @tp0_pe_inet_sock_set_state(i8* %ctx) #1 section "tracepoint" !dbg !_ {
entry:
  %tmp1 = alloca [1 x i64], align 8, !dbg !_
  %tmp = alloca [1 x i64], align 8, !dbg !_
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !_, metadata !DIExpression()), !dbg !_
  %zero = alloca i32, align 4, !dbg !_
  store i32 0, i32* %zero, align 4, !dbg !_
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !_
  %1 = icmp eq i64 %0, 0, !dbg !_
  br i1 %1, label %pid.match, label %pid.filter, !dbg !_

return:                                           ; preds = %rec.lost3, %stat.inc5, %rec.fill2, %pid.filter
  ret i32 0, !dbg !_

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #1, !dbg !_
  %3 = lshr i64 %2, 32, !dbg !_
  %4 = icmp eq i64 %3, %0, !dbg !_
  br i1 %4, label %pid.match, label %return, !dbg !_

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !_
  %6 = inttoptr i64 %5 to i8*, !dbg !_
  %7 = bitcast [1 x i64]* %tmp to i8*, !dbg !_
  %8 = load i32, i32* @"llvm.task_struct:0:64$0:0", align 4
  %9 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %8)
  %10 = load i32, i32* @"llvm.task_struct:1:8$0:0", align 4
  %11 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %10)
  %12 = load i32, i32* @"llvm.task_struct:4:60$0:0", align 4
  %13 = load i32, i32* @"llvm.task_struct:5:63$0:0", align 4
  %14 = zext i32 %9 to i64, !dbg !_
  %15 = getelementptr i8, i8* %6, i64 %14, !dbg !_
  %16 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !_
  store i64 0, i64* %16, align 8, !dbg !_
  %17 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %7, i32 %11, i8* %15) #1, !dbg !_
  %18 = load i64, i64* %16, align 8, !dbg !_
  %19 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !_
  %20 = inttoptr i64 %19 to i8*, !dbg !_
  %21 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !_
  %22 = load i32, i32* @"llvm.task_struct:0:64$0:1", align 4
  %23 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %22)
  %24 = load i32, i32* @"llvm.task_struct:1:8$0:1", align 4
  %25 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %24)
  %26 = load i32, i32* @"llvm.task_struct:4:55$0:1", align 4
  %27 = load i32, i32* @"llvm.task_struct:5:59$0:1", align 4
  %28 = zext i32 %23 to i64, !dbg !_
  %29 = getelementptr i8, i8* %20, i64 %28, !dbg !_
  %30 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !_
  store i64 0, i64* %30, align 8, !dbg !_
  %31 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %21, i32 %25, i8* %29) #1, !dbg !_
  %32 = load i64, i64* %30, align 8, !dbg !_
  %33 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #1, !dbg !_
  %.not = icmp eq i8* %33, null, !dbg !_
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !_

rec.fill:                                         ; preds = %pid.match
  %34 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %26)
  %35 = zext i32 %34 to i64, !dbg !_
  %36 = shl i64 %32, %35, !dbg !_
  %37 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %27)
  %38 = zext i32 %37 to i64, !dbg !_
  %39 = ashr i64 %36, %38, !dbg !_
  %40 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %12)
  %41 = zext i32 %40 to i64, !dbg !_
  %42 = shl i64 %18, %41, !dbg !_
  %43 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %13)
  %44 = zext i32 %43 to i64, !dbg !_
  %45 = lshr i64 %42, %44, !dbg !_
  %46 = bitcast i8* %33 to i64*, !dbg !_
  store i64 1, i64* %46, align 8, !dbg !_
  %47 = getelementptr i8, i8* %33, i64 8, !dbg !_
  %48 = bitcast i8* %47 to i64*, !dbg !_
  store i64 %45, i64* %48, align 8, !dbg !_
  %49 = getelementptr i8, i8* %33, i64 16, !dbg !_
  %50 = bitcast i8* %49 to i64*, !dbg !_
  store i64 %39, i64* %50, align 8, !dbg !_
  %51 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !_
  %52 = icmp ugt i64 %51, 65536, !dbg !_
  %53 = select i1 %52, i64 2, i64 1, !dbg !_
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %33, i64 %53) #1, !dbg !_
  br label %rec.done, !dbg !_

rec.lost:                                         ; preds = %pid.match
  %54 = bitcast i32* %zero to i8*, !dbg !_
  %55 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %54) #1, !dbg !_
  %.not7 = icmp eq i8* %55, null, !dbg !_
  br i1 %.not7, label %rec.done, label %stat.inc, !dbg !_

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %56 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #1, !dbg !_
  %.not8 = icmp eq i8* %56, null, !dbg !_
  br i1 %.not8, label %rec.lost3, label %rec.fill2, !dbg !_

stat.inc:                                         ; preds = %rec.lost
  %57 = bitcast i8* %55 to i64*, !dbg !_
  %58 = load i64, i64* %57, align 8, !dbg !_
  %59 = add i64 %58, 1, !dbg !_
  store i64 %59, i64* %57, align 8, !dbg !_
  br label %rec.done, !dbg !_

rec.fill2:                                        ; preds = %rec.done
  %60 = bitcast i8* %56 to i64*, !dbg !_
  store i64 4294967297, i64* %60, align 8, !dbg !_
  %61 = getelementptr i8, i8* %56, i64 8, !dbg !_
  %62 = bitcast i8* %61 to i64*, !dbg !_
  store i64 216, i64* %62, align 8, !dbg !_
  %63 = getelementptr i8, i8* %56, i64 16, !dbg !_
  %64 = bitcast i8* %63 to i64*, !dbg !_
  store i64 152, i64* %64, align 8, !dbg !_
  %65 = getelementptr i8, i8* %56, i64 24, !dbg !_
  %66 = bitcast i8* %65 to i64*, !dbg !_
  store i64 16, i64* %66, align 8, !dbg !_
  %67 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !_
  %68 = icmp ugt i64 %67, 65536, !dbg !_
  %69 = select i1 %68, i64 2, i64 1, !dbg !_
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %56, i64 %69) #1, !dbg !_
  br label %return, !dbg !_

rec.lost3:                                        ; preds = %rec.done
  %70 = bitcast i32* %zero to i8*, !dbg !_
  %71 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %70) #1, !dbg !_
  %.not9 = icmp eq i8* %71, null, !dbg !_
  br i1 %.not9, label %return, label %stat.inc5, !dbg !_

stat.inc5:                                        ; preds = %rec.lost3
  %72 = bitcast i8* %71 to i64*, !dbg !_
  %73 = load i64, i64* %72, align 8, !dbg !_
  %74 = add i64 %73, 1, !dbg !_
  store i64 %74, i64* %72, align 8, !dbg !_
  br label %return, !dbg !_
}
!_ = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!_ = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!_ = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!_ = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 192, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 32, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 320, align: 8, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 64, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 8388608, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 864, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, name: "task_struct", scope: !_, file: !_, size: 1728, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 128, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 256, align: 64, elements: !_)
!_ = !DIDerivedType(tag: DW_TAG_const_type, baseType: !_)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "in_execve", scope: !_, file: !_, baseType: !_, size: 1, offset: 515, flags: DIFlagBitField, extraData: i64 512)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 128)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "pdeath_signal", scope: !_, file: !_, baseType: !_, size: 5, offset: 516, flags: DIFlagBitField, extraData: i64 512)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !_, file: !_, baseType: !_, size: 64, align: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !_, file: !_, baseType: !_, size: 64, align: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 192)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIFile(filename: "btf_bitfield_sizeof.tp", directory: ".")
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DILocalVariable(name: "ctx", arg: 1, scope: !_, file: !_, line: 3, type: !_)
!_ = !DILocalVariable(name: "ctx", arg: 1, scope: !_, file: !_, line: 3, type: !_)
!_ = !DILocation(line: 3, column: 1, scope: !_)
!_ = !DILocation(line: 3, column: 1, scope: !_)
!_ = !DILocation(line: 3, scope: !_)
!_ = !DILocation(line: 3, scope: !_)
!_ = !DILocation(line: 4, column: 2, scope: !_)
!_ = !DILocation(line: 4, column: 2, scope: !_)
!_ = !DILocation(line: 5, column: 2, scope: !_)
!_ = !DILocation(line: 5, column: 2, scope: !_)
!_ = !DISubrange(count: 1, lowerBound: 0)
!_ = !DISubrange(count: 262144, lowerBound: 0)
!_ = !DISubrange(count: 27, lowerBound: 0)
!_ = !DISubrange(count: 40, lowerBound: 0)
!_ = !DISubrange(count: 6, lowerBound: 0)
!_ = !DISubroutineType(types: !_)
!_ = !{!_, !_, !_, !_}
!_ = !{!_, !_, !_}
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
!_ = !{i32 2, !"Debug Info Version", i32 3}
!_ = !{i32 2, !"Dwarf Version", i32 4}
!_ = distinct !DICompileUnit(language: DW_LANG_C, file: !_, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !_, splitDebugInlining: false)
!_ = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DISubprogram(name: "tp0_inet_sock_set_state", linkageName: "tp0_inet_sock_set_state", scope: !_, file: !_, line: 3, type: !_, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !_, retainedNodes: !_)
!_ = distinct !DISubprogram(name: "tp0_pe_inet_sock_set_state", linkageName: "tp0_pe_inet_sock_set_state", scope: !_, file: !_, line: 3, type: !_, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !_, retainedNodes: !_)
!llvm.dbg.cu = !{!_}
!llvm.module.flags = !{!_, !_}
; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nounwind
; Function Attrs: nounwind readnone
; Function Attrs: nounwind readnone
attributes #0 = { "btf_ama" }
attributes #1 = { nounwind }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nofree nosync nounwind readnone willreturn }
attributes #4 = { nounwind readnone }
declare i32 @llvm.bpf.passthrough.i32.i32(i32, i32) #4
declare i32 @llvm.bpf.preserve.field.info.p0i8(i8*, i64 immarg) #4
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.task_structs(%struct.task_struct*, i32 immarg, i32 immarg) #3
declare void @llvm.dbg.value(metadata, metadata, metadata) #2
